namespace Commerce.Onboarding.Domain;

/// <summary>What the applicant entered and what the auditors said about it, stored with the application as one document.</summary>
internal sealed class ApplicationContent
{
    /// <summary>Step key → field key → values (one for most fields, several for multiple choice).</summary>
    public Dictionary<string, Dictionary<string, List<string>>> Values { get; init; } = [];

    public List<DocumentEntry> Documents { get; init; } = [];

    public List<UploadedFile> Uploads { get; init; } = [];

    public List<ItemVerdict> Verdicts { get; init; } = [];

    /// <summary>Steps the applicant saved at least once, for the progress view.</summary>
    public List<string> SavedSteps { get; init; } = [];
}
