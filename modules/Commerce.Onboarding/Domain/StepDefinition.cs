namespace Commerce.Onboarding.Domain;

/// <summary>A step of the guided application, in the order admins gave it.</summary>
/// <param name="Key">Unique: letters, digits and dashes, starting with a lower-case letter.</param>
internal sealed record StepDefinition(string Key, string Title, StepKind Kind, IReadOnlyList<FieldDefinition> Fields, string? Description = null);
