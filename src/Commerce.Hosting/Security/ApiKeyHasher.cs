using System.Security.Cryptography;
using System.Text;

namespace Commerce.Hosting.Security;

/// <summary>
/// Hashes API keys with PBKDF2-SHA256 and a random salt, so a stolen database does not reveal them.
/// Format: <c>pbkdf2-sha256.{iterations}.{salt}.{hash}</c> (base64).
/// </summary>
public static class ApiKeyHasher
{
    /// <summary>Keys shorter than this are refused: the key is the only credential until users exist.</summary>
    public const int MinimumLength = 16;

    private const string Scheme = "pbkdf2-sha256";
    private const int Iterations = 100_000;

    public static string Hash(string key)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        var hash = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(key), salt, Iterations, HashAlgorithmName.SHA256, 32);
        return $"{Scheme}.{Iterations}.{Convert.ToBase64String(salt)}.{Convert.ToBase64String(hash)}";
    }

    public static bool Verify(string key, string stored)
    {
        var parts = stored.Split('.');
        if (parts.Length != 4 || parts[0] != Scheme || !int.TryParse(parts[1], out var iterations))
        {
            return false;
        }

        var salt = Convert.FromBase64String(parts[2]);
        var expected = Convert.FromBase64String(parts[3]);
        var actual = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(key), salt, iterations, HashAlgorithmName.SHA256, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }
}
