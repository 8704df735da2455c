using Commerce.Onboarding.Domain;

namespace Commerce.Onboarding.Services;

/// <summary>One line of the audit queue.</summary>
/// <param name="Waiting">Time since (re)submission, or null for drafts.</param>
internal sealed record AuditQueueItem(
    Guid Id,
    string? Name,
    ApplicationMode Mode,
    ApplicationStatus Status,
    string? Industry,
    string? Region,
    int ChangeRounds,
    int Version,
    DateTimeOffset? SubmittedUtc,
    TimeSpan? Waiting);

/// <summary>A page of the audit queue.</summary>
internal sealed record AuditQueuePage(IReadOnlyList<AuditQueueItem> Items, int Total, int Page, int PageSize);
