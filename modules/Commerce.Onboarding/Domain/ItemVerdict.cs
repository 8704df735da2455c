namespace Commerce.Onboarding.Domain;

/// <summary>An auditor's judgement of one field or document in one review round.</summary>
/// <param name="Round">The review round it was given in (0 for the first submission, 1 after the first resubmission, …).</param>
/// <param name="Reason">Why it was rejected; required for a rejection.</param>
internal sealed record ItemVerdict(string ItemKey, bool Accepted, string? Reason, string ByUserId, DateTimeOffset AtUtc, int Round);
