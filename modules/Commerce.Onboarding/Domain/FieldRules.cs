using Commerce.Merchants;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Commerce.Onboarding.Domain;

/// <summary>Checks a value against its field's definition. Messages are localization keys with their arguments already in.</summary>
internal static class FieldRules
{
    public const int TextMaxLength = 2000;
    public const int MaxValues = 50;

    private static readonly TimeSpan PatternTimeout = TimeSpan.FromMilliseconds(100);

    /// <summary>Null when <paramref name="values"/> suit <paramref name="field"/>, else the reason. Empty means not given.</summary>
    /// <param name="upload">Finds a file uploaded to the application by hash, for file fields.</param>
    public static string? Validate(FieldDefinition field, IReadOnlyList<string> values, Func<string, UploadedFile?> upload)
    {
        if (values.Count == 0 || values.All(string.IsNullOrWhiteSpace))
        {
            return null;
        }

        if (values.Count > 1 && !field.Multiple)
        {
            return "Only one value is allowed.";
        }

        if (values.Count > MaxValues)
        {
            return $"At most {MaxValues} values.";
        }

        foreach (var value in values)
        {
            if (ValidateOne(field, value.Trim(), upload) is { } error)
            {
                return error;
            }
        }

        return null;
    }

    /// <summary>A required field with no value, or an agreement not accepted.</summary>
    public static bool IsMissing(FieldDefinition field, IReadOnlyList<string> values)
        => field.Required && (values.Count == 0 || values.All(string.IsNullOrWhiteSpace));

    private static string? ValidateOne(FieldDefinition field, string value, Func<string, UploadedFile?> upload)
    {
        switch (field.Type)
        {
            case FieldType.Text:
                if (value.Length > (field.MaxLength ?? TextMaxLength))
                {
                    return $"At most {field.MaxLength ?? TextMaxLength} characters.";
                }

                if (field.MinLength is { } min && value.Length < min)
                {
                    return $"At least {min} characters.";
                }

                if (field.Pattern is { } pattern && !Regex.IsMatch(value, $"^(?:{pattern})$", RegexOptions.None, PatternTimeout))
                {
                    return "The value does not have the expected format.";
                }

                return field.Binding == ProfileBindings.CreditCode ? UnifiedSocialCreditCode.Check(UnifiedSocialCreditCode.Normalize(value)) : null;
            case FieldType.Number:
                if (!decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
                {
                    return "Enter a number.";
                }

                if (field.Min is { } least && number < least)
                {
                    return $"At least {least.ToString(CultureInfo.InvariantCulture)}.";
                }

                return field.Max is { } most && number > most ? $"At most {most.ToString(CultureInfo.InvariantCulture)}." : null;
            case FieldType.Date:
                return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) ? null : "Enter a date as yyyy-MM-dd.";
            case FieldType.Choice:
                return field.Choices?.Any(c => c.Value == value) == true ? null : "Pick one of the choices.";
            case FieldType.File:
                if (upload(value) is not { } file)
                {
                    return "Upload the file first.";
                }

                return field.AcceptedKinds is { Count: > 0 } kinds && !kinds.Contains(file.Kind, StringComparer.OrdinalIgnoreCase)
                    ? $"The file must be one of: {string.Join(", ", kinds)}."
                    : null;
            case FieldType.Agreement:
                return value == "true" ? null : "Accept the agreement to continue.";
            default:
                return "Unknown field type.";
        }
    }
}
