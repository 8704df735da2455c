using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Commerce.Hosting.Security;

/// <summary>
/// The tenant's API key check, one per shell. Remembers keys it has verified (by their SHA-256) so the slow
/// PBKDF2 check runs once per key and shell, not once per request. A key change rebuilds the shell.
/// </summary>
internal sealed class TenantApiKey(string? storedHash)
{
    private readonly ConcurrentDictionary<string, bool> _verified = new(StringComparer.Ordinal);

    public bool IsConfigured => storedHash is not null;

    public bool Verify(string presented)
    {
        if (storedHash is null || presented.Length == 0)
        {
            return false;
        }

        var digest = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(presented)));
        if (_verified.TryGetValue(digest, out var known))
        {
            return known;
        }

        var valid = ApiKeyHasher.Verify(presented, storedHash);
        if (_verified.Count < 64)
        {
            _verified[digest] = valid;
        }

        return valid;
    }
}
