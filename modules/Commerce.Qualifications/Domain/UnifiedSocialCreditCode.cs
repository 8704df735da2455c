namespace Commerce.Qualifications.Domain;

/// <summary>
/// The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters from a 31-character alphabet
/// (digits and upper-case letters without I, O, Z, S, V); the 18th is a check character over the first 17, with
/// weights 3^(i-1) mod 31 and check = 31 - (weighted sum mod 31), where 31 stands for 0.
/// </summary>
public static class UnifiedSocialCreditCode
{
    public const int Length = 18;

    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>True when <paramref name="code"/> has 18 characters of the alphabet and a correct check character.</summary>
    public static bool IsValid(string? code)
        => code is { Length: Length }
            && CheckCharacter(code.AsSpan(0, Length - 1)) is { } check
            && code[Length - 1] == check;

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

        var check = 31 - (sum % 31);
        return Alphabet[check == 31 ? 0 : check];
    }
}
