namespace Commerce.Onboarding.Data;

/// <summary>A recorded transition, written in the same transaction as the application and its event.</summary>
internal sealed class TransitionRecord
{
    public Guid Id { get; set; }

    public Guid ApplicationId { get; set; }

    /// <summary>Orders an application's transitions, also those made in one save at the same instant (submitted, then approved automatically).</summary>
    public long Sequence { get; set; }

    public required string Action { get; set; }

    public required string FromStatus { get; set; }

    public required string ToStatus { get; set; }

    public required string ByUserId { get; set; }

    public DateTimeOffset AtUtc { get; set; }

    public string? Reason { get; set; }

    /// <summary>
    /// Set by releases before the event stream, when the applicant's notice was queued; no longer written. Kept so the
    /// column's existing values stay readable.
    /// </summary>
    public DateTimeOffset? RelayedUtc { get; set; }
}
