using Commerce.Onboarding.Domain;

namespace Commerce.Onboarding.Services;

/// <summary>What the audit queue shows: by default everything waiting for an auditor, longest waiting first.</summary>
/// <param name="Status">One status, or null for submitted and under review.</param>
/// <param name="WaitingLongerThan">Only applications submitted at least this long ago.</param>
internal sealed record AuditQueueFilter(
    ApplicationStatus? Status = null,
    string? Industry = null,
    string? Region = null,
    DateTimeOffset? SubmittedFrom = null,
    DateTimeOffset? SubmittedTo = null,
    TimeSpan? WaitingLongerThan = null,
    int Page = 1,
    int PageSize = 20)
{
    public const int MaxPageSize = 100;
}
