namespace Commerce.Merchants.Domain;

/// <summary>
/// The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters from a 31-character alphabet
/// (digits and capitals without I, O, S, V, Z); characters 3 to 8 are the administrative division code; the 18th
/// is a check character computed from the first 17 with weights 3^i mod 31.
/// </summary>
public static class CreditCode
{
    public const int Length = 18;

    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>Trims and upper-cases what a person typed, so <c>91350100m000100y43</c> is accepted.</summary>
    public static string Normalize(string? code) => (code ?? "").Trim().ToUpperInvariant();

    /// <summary>Null when <paramref name="code"/> (normalized) is a valid code, otherwise why not, in words for the person who typed it.</summary>
    public static string? Check(string? code)
    {
        var value = Normalize(code);
        if (value.Length != Length)
        {
            return "A unified social credit code has 18 characters.";
        }

        var sum = 0;
        for (var i = 0; i < Length; i++)
        {
            var index = Alphabet.IndexOf(value[i], StringComparison.Ordinal);
            if (index < 0)
            {
                return "A unified social credit code uses digits and capital letters other than I, O, S, V and Z.";
            }

            if (i is >= 2 and <= 7 && !char.IsAsciiDigit(value[i]))
            {
                return "Characters 3 to 8 of a unified social credit code are the region's digits.";
            }

            if (i < Length - 1)
            {
                sum += index * Weights[i];
            }
        }

        var check = (31 - sum % 31) % 31;
        return Alphabet[check] == value[Length - 1] ? null : "The check character of the unified social credit code does not match.";
    }

    public static bool IsValid(string? code) => Check(code) is null;
}
