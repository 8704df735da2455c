using Commerce.Events;

namespace Commerce.Onboarding.Events;

/// <summary>
/// An application moved from one status to another. Staged with the application's save (one per transition), so the
/// approval's completion and the applicant's notice follow every transition exactly as it was committed.
/// </summary>
[DurableEvent("Onboarding.ApplicationTransitioned")]
internal sealed record ApplicationTransitioned(
    Guid ApplicationId, Guid TransitionId, string ApplicantUserId, string Action, string From, string To, string ByUserId, DateTimeOffset AtUtc, string? Reason);
