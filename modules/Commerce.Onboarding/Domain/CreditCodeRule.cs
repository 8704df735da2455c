namespace Commerce.Onboarding.Domain;

/// <summary>
/// The unified social credit code's check (GB 32100-2015), applied to the field bound to
/// <see cref="ProfileBindings.CreditCode"/> when it is saved, so an application the merchant registry would refuse
/// never reaches approval. Same rule as the registry's own.
/// </summary>
public static class CreditCodeRule
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>Null when valid, else why not.</summary>
    public static string? Check(string value)
    {
        value = value.Trim().ToUpperInvariant();
        if (value.Length != 18)
        {
            return "A unified social credit code has 18 characters.";
        }

        var sum = 0;
        for (var i = 0; i < 18; i++)
        {
            var index = Alphabet.IndexOf(value[i], StringComparison.Ordinal);
            if (index < 0 || (i is >= 2 and <= 7 && !char.IsAsciiDigit(value[i])))
            {
                return "The value does not have the expected format.";
            }

            if (i < 17)
            {
                sum += index * Weights[i];
            }
        }

        return Alphabet[(31 - sum % 31) % 31] == value[17] ? null : "The check character of the unified social credit code does not match.";
    }
}
