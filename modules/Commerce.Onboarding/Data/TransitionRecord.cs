namespace Commerce.Onboarding.Data;

/// <summary>A recorded transition, written in the same transaction as the application; <see cref="RelayedUtc"/> is set once the applicant's notification is queued.</summary>
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

    public DateTimeOffset? RelayedUtc { get; set; }
}
