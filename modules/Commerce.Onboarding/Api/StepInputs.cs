using Commerce.Onboarding.Domain;

namespace Commerce.Onboarding.Api;

/// <summary>Converts step definitions between the API's shape (kinds and types by name) and the domain's, collecting errors by path.</summary>
internal static class StepInputs
{
    public static IReadOnlyList<StepDefinition> ToDomain(IReadOnlyList<StepInput> steps, Dictionary<string, string[]> errors)
    {
        var result = new List<StepDefinition>();
        for (var s = 0; s < steps.Count; s++)
        {
            var step = steps[s];
            if (step is null)
            {
                errors[$"steps[{s}]"] = ["A step is required."];
                continue;
            }

            if (!Enum.TryParse<StepKind>(step.Kind ?? "form", ignoreCase: true, out var kind) || int.TryParse(step.Kind, out _))
            {
                errors[$"steps[{s}].kind"] = ["One of: form, qualifications, review."];
            }

            var fields = new List<FieldDefinition>();
            var inputs = step.Fields ?? [];
            for (var f = 0; f < inputs.Count; f++)
            {
                var field = inputs[f];
                if (field is null || !Enum.TryParse<FieldType>(field.Type ?? "", ignoreCase: true, out var type) || int.TryParse(field.Type, out _))
                {
                    errors[$"steps[{s}].fields[{f}].type"] = ["One of: text, number, date, choice, file, agreement."];
                    continue;
                }

                fields.Add(new FieldDefinition(
                    field.Key?.Trim() ?? "", field.Label?.Trim() ?? "", type, field.Required ?? false, field.MinLength, field.MaxLength,
                    string.IsNullOrWhiteSpace(field.Pattern) ? null : field.Pattern, field.Min, field.Max, field.Choices, field.Multiple ?? false,
                    field.AcceptedKinds, field.AgreementText, string.IsNullOrWhiteSpace(field.Binding) ? null : field.Binding.Trim(), field.Help));
            }

            result.Add(new StepDefinition(step.Key?.Trim() ?? "", step.Title?.Trim() ?? "", kind, fields, step.Description));
        }

        if (errors.Count == 0)
        {
            foreach (var (key, value) in StepDefinitionRules.Validate(result))
            {
                errors[key] = value;
            }
        }

        return result;
    }

    public static IReadOnlyList<StepInput> FromDomain(IReadOnlyList<StepDefinition> steps) =>
    [
        .. steps.Select(s => new StepInput(s.Key, s.Title, Camel(s.Kind.ToString()), s.Description,
        [
            .. s.Fields.Select(f => new FieldInput(f.Key, f.Label, Camel(f.Type.ToString()), f.Required, f.MinLength, f.MaxLength, f.Pattern, f.Min, f.Max,
                f.Choices?.ToList(), f.Multiple, f.AcceptedKinds?.ToList(), f.AgreementText, f.Binding, f.Help)),
        ])),
    ];

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
