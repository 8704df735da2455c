using System.Text.RegularExpressions;

namespace Commerce.Onboarding.Domain;

/// <summary>Checks the steps admins define before they are stored: keys, choices, patterns, bindings.</summary>
internal static partial class StepDefinitionRules
{
    public const int MaxSteps = 30;
    public const int MaxFields = 60;
    public const int TitleMaxLength = 200;

    /// <summary>Errors keyed by path (<c>steps[1].fields[0].key</c>); empty when the definition can be stored.</summary>
    public static Dictionary<string, string[]> Validate(IReadOnlyList<StepDefinition> steps)
    {
        var errors = new Dictionary<string, string[]>();
        if (steps.Count == 0 || steps.Count > MaxSteps)
        {
            errors["steps"] = [$"Between 1 and {MaxSteps} steps."];
            return errors;
        }

        var stepKeys = new HashSet<string>(StringComparer.Ordinal);
        var bindings = new HashSet<string>(StringComparer.Ordinal);
        for (var s = 0; s < steps.Count; s++)
        {
            var step = steps[s];
            var at = $"steps[{s}]";
            if (step.Key is null || !StepKey().IsMatch(step.Key))
            {
                errors[at + ".key"] = ["Letters, digits and dashes, starting with a lower-case letter (at most 40)."];
            }
            else if (!stepKeys.Add(step.Key))
            {
                errors[at + ".key"] = ["Another step has this key."];
            }

            if (string.IsNullOrWhiteSpace(step.Title) || step.Title.Length > TitleMaxLength)
            {
                errors[at + ".title"] = [$"A title of at most {TitleMaxLength} characters is required."];
            }

            var fields = step.Fields ?? [];
            if (step.Kind != StepKind.Form && fields.Count > 0)
            {
                errors[at + ".fields"] = ["Only form steps have fields."];
            }

            if (fields.Count > MaxFields)
            {
                errors[at + ".fields"] = [$"At most {MaxFields} fields."];
            }

            var fieldKeys = new HashSet<string>(StringComparer.Ordinal);
            for (var f = 0; f < fields.Count; f++)
            {
                ValidateField(fields[f], $"{at}.fields[{f}]", fieldKeys, bindings, errors);
            }
        }

        if (steps.Count(s => s.Kind == StepKind.Review) > 1)
        {
            errors["steps"] = ["At most one review step."];
        }

        return errors;
    }

    private static void ValidateField(FieldDefinition field, string at, HashSet<string> keys, HashSet<string> bindings, Dictionary<string, string[]> errors)
    {
        if (field.Key is null || !FieldKey().IsMatch(field.Key))
        {
            errors[at + ".key"] = ["Letters and digits, starting with a lower-case letter (at most 40)."];
        }
        else if (!keys.Add(field.Key))
        {
            errors[at + ".key"] = ["Another field of this step has this key."];
        }

        if (string.IsNullOrWhiteSpace(field.Label) || field.Label.Length > TitleMaxLength)
        {
            errors[at + ".label"] = [$"A label of at most {TitleMaxLength} characters is required."];
        }

        if (field.Type == FieldType.Choice && (field.Choices is not { Count: > 0 } choices || choices.Any(c => string.IsNullOrWhiteSpace(c.Value)) || choices.Select(c => c.Value).Distinct().Count() != choices.Count))
        {
            errors[at + ".choices"] = ["A choice field needs distinct, non-empty choices."];
        }

        if (field.Multiple && field.Type is not (FieldType.Choice or FieldType.Text))
        {
            errors[at + ".multiple"] = ["Only choice and text fields take several values."];
        }

        if (field.Type == FieldType.Agreement && string.IsNullOrWhiteSpace(field.AgreementText))
        {
            errors[at + ".agreementText"] = ["An agreement field needs the text to accept."];
        }

        if (field.MinLength < 0 || field.MaxLength is < 1 or > FieldRules.TextMaxLength || field.MinLength > field.MaxLength)
        {
            errors[at + ".maxLength"] = [$"Lengths between 0 and {FieldRules.TextMaxLength}, the least not above the most."];
        }

        if (field.Min > field.Max)
        {
            errors[at + ".min"] = ["The smallest value is above the largest."];
        }

        if (field.Pattern is { } pattern && !IsPattern(pattern))
        {
            errors[at + ".pattern"] = ["Not a valid regular expression."];
        }

        if (field.AcceptedKinds is { } kinds && kinds.Any(k => !Commerce.Files.FileKinds.TryParse(k, out _)))
        {
            errors[at + ".acceptedKinds"] = ["Kinds are pdf, jpeg, png and webp."];
        }

        if (field.Binding is { } binding && (!ProfileBindings.IsValid(binding) || !bindings.Add(binding)))
        {
            errors[at + ".binding"] = ["Unknown binding, or bound by another field already."];
        }
    }

    private static bool IsPattern(string pattern)
    {
        if (pattern.Length > 500)
        {
            return false;
        }

        try
        {
            _ = new Regex(pattern, RegexOptions.None, TimeSpan.FromMilliseconds(100));
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    [GeneratedRegex("^[a-z][a-z0-9-]{0,39}$")]
    private static partial Regex StepKey();

    [GeneratedRegex("^[a-z][a-zA-Z0-9]{0,39}$")]
    private static partial Regex FieldKey();
}
