namespace Commerce.Qualifications.Domain;

/// <summary>One line of the audit log: who did what to which merchant's document, when, and why.</summary>
internal sealed class AuditEntry
{
    public const int DetailMaxLength = 1000;

    /// <summary>A version 7 GUID, so the log sorts by time on both providers.</summary>
    public Guid Id { get; set; }

    public Guid MerchantId { get; set; }

    public Guid? DocumentId { get; set; }

    /// <summary>uploaded, imported, verified, rejected, downloaded, profile-changed, restricted, restriction-lifted.</summary>
    public required string Action { get; set; }

    /// <summary>The acting user's id, or <c>system</c> for the expiry job.</summary>
    public required string UserId { get; set; }

    public DateTimeOffset At { get; set; }

    public string? Detail { get; set; }
}
