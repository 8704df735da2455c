using System.Text.Json;

namespace Commerce.Onboarding.Api;

/// <summary>Reads a step's JSON values (strings, numbers, booleans, arrays of them, null) as the strings fields are checked on.</summary>
internal static class FieldValues
{
    public static IReadOnlyDictionary<string, IReadOnlyList<string>>? TryRead(Dictionary<string, JsonElement> values, Dictionary<string, string[]> errors)
    {
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (key, value) in values)
        {
            IReadOnlyList<string>? read = value.ValueKind switch
            {
                JsonValueKind.Null => [],
                JsonValueKind.Array when value.EnumerateArray().All(IsScalar) => [.. value.EnumerateArray().Select(Scalar)],
                _ when IsScalar(value) => [Scalar(value)],
                _ => null,
            };
            if (read is null)
            {
                errors[$"values.{key}"] = ["A value is a string, number, boolean, or an array of them."];
            }
            else
            {
                result[key] = read;
            }
        }

        return errors.Count == 0 ? result : null;
    }

    private static bool IsScalar(JsonElement value) => value.ValueKind is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False;

    private static string Scalar(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => value.GetRawText(),
    };
}
