using System.Security.Cryptography;
using System.Text;
using Commerce.Onboarding.Data;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Onboarding.Services;

/// <summary>
/// Invitations let a chosen company apply while onboarding is hidden. The token is 256 random bits shown once in
/// the link; only its SHA-256 is stored, so a database reader cannot use it.
/// </summary>
internal sealed class Invitations(OnboardingDbContext db, TimeProvider clock)
{
    public const int MaxDays = 90;

    public async Task<(InvitationRecord Invitation, string Token)> CreateAsync(string companyName, string? email, int days, string createdBy, CancellationToken cancellationToken)
    {
        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        var now = clock.GetUtcNow();
        var invitation = new InvitationRecord
        {
            Id = Guid.CreateVersion7(now), TokenHash = Hash(token), CompanyName = companyName, Email = email,
            CreatedByUserId = createdBy, CreatedUtc = now, ExpiresUtc = now.AddDays(days),
        };
        db.Invitations.Add(invitation);
        await db.SaveChangesAsync(cancellationToken);
        return (invitation, token);
    }

    /// <summary>The invitation behind <paramref name="token"/> if it is unused and not expired.</summary>
    public async Task<InvitationRecord?> FindUsableAsync(string token, CancellationToken cancellationToken)
    {
        if (token.Length is < 20 or > 100)
        {
            return null;
        }

        var hash = Hash(token);
        var invitation = await db.Invitations.FirstOrDefaultAsync(i => i.TokenHash == hash, cancellationToken);
        return invitation is { ApplicationId: null } && invitation.ExpiresUtc > clock.GetUtcNow() ? invitation : null;
    }

    public async Task MarkUsedAsync(InvitationRecord invitation, Guid applicationId, CancellationToken cancellationToken)
    {
        invitation.ApplicationId = applicationId;
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<InvitationRecord>> ListAsync(CancellationToken cancellationToken)
        => (await db.Invitations.AsNoTracking().ToListAsync(cancellationToken)).OrderByDescending(i => i.CreatedUtc.UtcTicks).Take(200).ToList();

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
