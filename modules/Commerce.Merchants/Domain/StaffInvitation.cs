namespace Commerce.Merchants.Domain;

/// <summary>
/// An invitation to join a merchant's staff, sent to an e-mail address. Only the token's SHA-256 is stored; the
/// invitee accepts it signed in with the same address, once, before it expires.
/// </summary>
internal sealed class StaffInvitation
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    public Guid Id { get; init; }

    public Guid MerchantId { get; init; }

    public required string Email { get; init; }

    public List<string> Permissions { get; init; } = [];

    public required string TokenHash { get; init; }

    public required string InvitedByUserId { get; init; }

    public DateTimeOffset CreatedUtc { get; init; }

    public DateTimeOffset ExpiresUtc { get; init; }

    public string? AcceptedByUserId { get; private set; }

    public DateTimeOffset? AcceptedUtc { get; private set; }

    public DateTimeOffset? RevokedUtc { get; private set; }

    public bool IsOpen(DateTimeOffset now) => AcceptedUtc is null && RevokedUtc is null && now < ExpiresUtc;

    /// <summary>Accepts for <paramref name="userId"/> whose address is <paramref name="email"/>; throws a rule error naming <c>token</c> otherwise.</summary>
    public void Accept(string userId, string? email, DateTimeOffset now)
    {
        if (!IsOpen(now))
        {
            throw new MerchantRuleException("token", "The invitation was used, revoked or has expired.");
        }

        if (!string.Equals(email?.Trim(), Email, StringComparison.OrdinalIgnoreCase))
        {
            throw new MerchantRuleException("token", "The invitation is for another e-mail address.");
        }

        AcceptedByUserId = userId;
        AcceptedUtc = now;
    }

    public void Revoke(DateTimeOffset now)
    {
        if (AcceptedUtc is not null)
        {
            throw new MerchantRuleException("invitation", "The invitation was accepted already.");
        }

        RevokedUtc ??= now;
    }
}
