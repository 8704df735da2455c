using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Commerce.Hosting.Security;

/// <summary>
/// Verdicts on presented API keys, per stored hash, kept by the host across shell rebuilds: the slow PBKDF2
/// check then runs once per key and stored hash, not again in every new shell after a toggle. A new key
/// has a new hash (new salt), so old verdicts never apply to it.
/// </summary>
public sealed class ApiKeyVerifications
{
    private const int Capacity = 256;

    internal ConcurrentDictionary<string, bool> Verdicts { get; } = new(StringComparer.Ordinal);

    internal void Remember(string key, bool valid)
    {
        if (Verdicts.Count >= Capacity)
        {
            Verdicts.Clear();
        }

        Verdicts[key] = valid;
    }
}

/// <summary>The tenant's API key check, one per shell, backed by the host's <see cref="ApiKeyVerifications"/>.</summary>
internal sealed class TenantApiKey(string? storedHash, ApiKeyVerifications verifications)
{
    public bool IsConfigured => storedHash is not null;

    public bool Verify(string presented)
    {
        if (storedHash is null || presented.Length == 0)
        {
            return false;
        }

        var key = storedHash + "|" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(presented)));
        if (verifications.Verdicts.TryGetValue(key, out var known))
        {
            return known;
        }

        var valid = ApiKeyHasher.Verify(presented, storedHash);
        verifications.Remember(key, valid);
        return valid;
    }
}
