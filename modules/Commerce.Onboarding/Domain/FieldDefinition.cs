namespace Commerce.Onboarding.Domain;

/// <summary>A field of an application step, with its validation.</summary>
/// <param name="Key">Unique in its step: letters and digits, starting with a lower-case letter.</param>
/// <param name="Label">Shown to the applicant (a localization key or text).</param>
/// <param name="Pattern">Text only: a regular expression the whole value must match.</param>
/// <param name="Min">Number: the smallest value; Text: ignored.</param>
/// <param name="Multiple">Choice and text: several values may be given (several categories, several brands).</param>
/// <param name="AcceptedKinds">File only: the kinds accepted (<c>pdf</c>, <c>jpeg</c>, <c>png</c>, <c>webp</c>); empty accepts all four.</param>
/// <param name="AgreementText">Agreement only: the text accepted.</param>
/// <param name="Binding">Where the value goes in the merchant's profile (see <see cref="ProfileBindings"/>), or null.</param>
internal sealed record FieldDefinition(
    string Key,
    string Label,
    FieldType Type,
    bool Required = false,
    int? MinLength = null,
    int? MaxLength = null,
    string? Pattern = null,
    decimal? Min = null,
    decimal? Max = null,
    IReadOnlyList<FieldChoice>? Choices = null,
    bool Multiple = false,
    IReadOnlyList<string>? AcceptedKinds = null,
    string? AgreementText = null,
    string? Binding = null,
    string? Help = null);
