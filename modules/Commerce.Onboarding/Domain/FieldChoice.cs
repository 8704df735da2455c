namespace Commerce.Onboarding.Domain;

/// <summary>One option of a choice field: the stored value and the text shown.</summary>
internal sealed record FieldChoice(string Value, string Label);
