namespace Commerce.Onboarding.Domain;

/// <summary>A qualification document the applicant entered for one requirement of its requirement set.</summary>
/// <param name="RequirementKey">The requirement it answers (<c>food-business-licence</c>, <c>trademark@Acme</c>).</param>
/// <param name="DocumentType">Which of the requirement's alternative document types this is.</param>
/// <param name="Files">SHA-256 keys of files uploaded to this application.</param>
internal sealed record DocumentEntry(
    string RequirementKey,
    string DocumentType,
    string? Brand,
    string? Number,
    DateOnly? IssuedOn,
    DateOnly? ExpiresOn,
    string? IssuingAuthority,
    IReadOnlyList<string> Files)
{
    /// <summary>The item key auditors give verdicts on.</summary>
    public string ItemKey => ItemKeys.Document(RequirementKey);
}
