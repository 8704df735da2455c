namespace Commerce.Onboarding.Data;

/// <summary>
/// An application as stored: the columns the audit queue filters and sorts on, and the applicant's content
/// as one JSON document (provider-agnostic text), guarded by <see cref="Version"/>.
/// </summary>
internal sealed class ApplicationRecord
{
    public Guid Id { get; set; }

    public required string ApplicantUserId { get; set; }

    public required string Mode { get; set; }

    public required string Status { get; set; }

    public int ChangeRounds { get; set; }

    /// <summary>The concurrency token: every update sets it one higher and fails when someone else got there first.</summary>
    public int Version { get; set; }

    public DateTimeOffset CreatedUtc { get; set; }

    public DateTimeOffset UpdatedUtc { get; set; }

    public DateTimeOffset? SubmittedUtc { get; set; }

    public DateTimeOffset? DecidedUtc { get; set; }

    public Guid? InvitationId { get; set; }

    public string? GradeId { get; set; }

    public Guid? MerchantId { get; set; }

    public string? DecisionReason { get; set; }

    /// <summary>Copied from the content for the queue: company (or shop) name, first category's industry, region.</summary>
    public string? DisplayName { get; set; }

    public string? Industry { get; set; }

    public string? Region { get; set; }

    public required string Content { get; set; }
}
