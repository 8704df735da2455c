using Commerce.Onboarding.Api;
using Microsoft.AspNetCore.Http;

namespace Commerce.Onboarding.Storefront;

/// <summary>Reads a step's HTML form (fields named by their keys) into the values the API would take.</summary>
internal static class ApplyForm
{
    /// <summary>The values of every field of <paramref name="step"/> except files, which the page uploads first.</summary>
    public static Dictionary<string, IReadOnlyList<string>> Values(StepView step, IFormCollection form)
    {
        var values = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var field in step.Fields)
        {
            switch (field.Type)
            {
                case "file":
                    break;
                case "agreement":
                    values[field.Key] = form[field.Key].Contains("true") ? ["true"] : [];
                    break;
                case "choice" when field.Multiple:
                    values[field.Key] = [.. form[field.Key].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!)];
                    break;
                case "text" when field.Multiple:
                    values[field.Key] = [.. (form[field.Key].ToString() ?? "").Split(['\n', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
                    break;
                default:
                    values[field.Key] = string.IsNullOrWhiteSpace(form[field.Key]) ? [] : [form[field.Key].ToString().Trim()];
                    break;
            }
        }

        return values;
    }

    /// <summary>Field errors keyed by field key, the way the step template looks them up.</summary>
    public static Dictionary<string, string> FieldErrors(IReadOnlyDictionary<string, string[]> errors)
        => errors.ToDictionary(e => e.Key.StartsWith("values.", StringComparison.Ordinal) ? e.Key["values.".Length..] : e.Key, e => e.Value[0]);
}
