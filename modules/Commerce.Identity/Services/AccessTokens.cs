using System.Security.Cryptography;
using System.Text;
using Commerce.Identity.Data;
using Commerce.Identity.Domain;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Identity.Services;

/// <summary>Personal access tokens: created once in clear, stored as a SHA-256, revocable, expiring.</summary>
internal sealed class AccessTokens(IdentityDataContext db, TimeProvider clock)
{
    public const string TokenPrefix = "cpat_";
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromDays(366);

    public async Task<(AccessToken Token, string Secret)> CreateAsync(string userId, string name, TimeSpan lifetime, CancellationToken cancellationToken = default)
    {
        var secret = TokenPrefix + WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var now = clock.GetUtcNow();
        var token = new AccessToken
        {
            Id = Guid.CreateVersion7(),
            UserId = userId,
            Name = name,
            TokenHash = Hash(secret),
            Prefix = secret[..12],
            CreatedUtc = now,
            ExpiresUtc = now + lifetime,
        };
        db.AccessTokens.Add(token);
        await db.SaveChangesAsync(cancellationToken);
        return (token, secret);
    }

    public async Task<IReadOnlyList<AccessToken>> ListAsync(string userId, CancellationToken cancellationToken = default)
        => (await db.AccessTokens.AsNoTracking().Where(t => t.UserId == userId).ToListAsync(cancellationToken)).OrderByDescending(t => t.CreatedUtc).ToList();

    /// <summary>Revokes one of the user's tokens; false when the user has no such token.</summary>
    public async Task<bool> RevokeAsync(string userId, Guid id, CancellationToken cancellationToken = default)
    {
        var token = await db.AccessTokens.FirstOrDefaultAsync(t => t.Id == id && t.UserId == userId, cancellationToken);
        if (token is null)
        {
            return false;
        }

        token.RevokedUtc ??= clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>The token with this secret if it is neither revoked nor expired.</summary>
    public async Task<AccessToken?> FindActiveAsync(string secret, CancellationToken cancellationToken = default)
    {
        if (!secret.StartsWith(TokenPrefix, StringComparison.Ordinal) || secret.Length > 100)
        {
            return null;
        }

        var hash = Hash(secret);
        var token = await db.AccessTokens.AsNoTracking().FirstOrDefaultAsync(t => t.TokenHash == hash, cancellationToken);
        return token is not null && token.IsActive(clock.GetUtcNow()) ? token : null;
    }

    internal static string Hash(string secret) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
