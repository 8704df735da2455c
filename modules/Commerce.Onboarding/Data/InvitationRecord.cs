namespace Commerce.Onboarding.Data;

/// <summary>
/// An admin's invitation for one company to apply, also while onboarding is hidden. Only the SHA-256 of the
/// token is stored; the link is shown once.
/// </summary>
internal sealed class InvitationRecord
{
    public Guid Id { get; set; }

    public required string TokenHash { get; set; }

    public required string CompanyName { get; set; }

    public string? Email { get; set; }

    public required string CreatedByUserId { get; set; }

    public DateTimeOffset CreatedUtc { get; set; }

    public DateTimeOffset ExpiresUtc { get; set; }

    /// <summary>The application started from it; an invitation is used once.</summary>
    public Guid? ApplicationId { get; set; }
}
