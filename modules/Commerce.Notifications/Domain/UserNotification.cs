namespace Commerce.Notifications.Domain;

/// <summary>One message to one user: in the inbox from the moment it is queued, and e-mailed once.</summary>
internal sealed class UserNotification
{
    public const int KeyMaxLength = 200;
    public const int SubjectMaxLength = 300;
    public const int BodyMaxLength = 8000;

    public Guid Id { get; set; }

    /// <summary>The sender's idempotency key, unique in the tenant.</summary>
    public required string Key { get; set; }

    public required string UserId { get; set; }

    public required string Subject { get; set; }

    public required string Body { get; set; }

    public string? Link { get; set; }

    public required string Source { get; set; }

    public DateTimeOffset CreatedUtc { get; set; }

    public DateTimeOffset? ReadUtc { get; set; }

    public EmailDelivery Email { get; set; }

    public int EmailAttempts { get; set; }

    public DateTimeOffset? EmailClaimedUntilUtc { get; set; }

    public DateTimeOffset? EmailSentUtc { get; set; }

    public string? EmailError { get; set; }

    /// <summary>Bumped by every claim and delivery update: the dispatcher's claims are conditional on it.</summary>
    public long Version { get; set; }
}
