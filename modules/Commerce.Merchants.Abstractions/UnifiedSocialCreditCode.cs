namespace Commerce.Merchants;

/// <summary>
/// The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters from a 31-character alphabet
/// (digits and capitals without I, O, S, V, Z); characters 3 to 8 are the administrative division code; the 18th is a
/// check character over the first 17, with weights 3^(i-1) mod 31 and check = 31 - (weighted sum mod 31), where 31
/// stands for 0. The one check the registry, onboarding and qualifications share.
/// </summary>
public static class UnifiedSocialCreditCode
{
    public const int Length = 18;

    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>Trims and upper-cases what a person typed, so <c>91350100m000100y43</c> becomes a code to check.</summary>
    public static string Normalize(string? code) => (code ?? "").Trim().ToUpperInvariant();

    /// <summary>Null when <paramref name="code"/>, exactly as given, is a valid code; otherwise why not, in words for the person who typed it.</summary>
    public static string? Check(string? code)
    {
        if (code is not { Length: Length })
        {
            return "A unified social credit code has 18 characters.";
        }

        for (var i = 0; i < Length; i++)
        {
            if (!Alphabet.Contains(code[i], StringComparison.Ordinal))
            {
                return "A unified social credit code uses digits and capital letters other than I, O, S, V and Z.";
            }

            if (i is >= 2 and <= 7 && !char.IsAsciiDigit(code[i]))
            {
                return "Characters 3 to 8 of a unified social credit code are the region's digits.";
            }
        }

        return CheckCharacter(code.AsSpan(0, Length - 1)) == code[Length - 1]
            ? null
            : "The check character of the unified social credit code does not match.";
    }

    public static bool IsValid(string? code) => Check(code) is null;

    /// <summary>The check character for the first 17 characters, or null when they are not 17 characters of the alphabet.</summary>
    public static char? CheckCharacter(ReadOnlySpan<char> body)
    {
        if (body.Length != Length - 1)
        {
            return null;
        }

        var sum = 0;
        for (var i = 0; i < body.Length; i++)
        {
            var value = Alphabet.IndexOf(body[i]);
            if (value < 0)
            {
                return null;
            }

            sum += value * Weights[i];
        }

        return Alphabet[(31 - sum % 31) % 31];
    }
}
