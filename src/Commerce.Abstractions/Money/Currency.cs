namespace Commerce;

/// <summary>
/// An ISO 4217 currency a marketplace can price in, with its minor units (the digits after the decimal point:
/// CNY, USD, EUR, GBP, HKD 2; JPY, KRW 0; BHD, KWD 3). The table is deliberately small; a code outside it is
/// refused with <see cref="UnknownCurrencyException"/> rather than guessed at.
/// </summary>
public sealed class Currency : IEquatable<Currency>
{
    private static readonly Dictionary<string, Currency> Table = new Currency[]
    {
        new("CNY", 2), new("HKD", 2), new("MOP", 2), new("TWD", 2),
        new("USD", 2), new("EUR", 2), new("GBP", 2), new("CHF", 2), new("CAD", 2), new("AUD", 2), new("NZD", 2),
        new("SGD", 2), new("MYR", 2), new("THB", 2), new("IDR", 2), new("PHP", 2), new("INR", 2),
        new("AED", 2), new("SAR", 2), new("RUB", 2), new("SEK", 2), new("NOK", 2), new("DKK", 2),
        new("JPY", 0), new("KRW", 0), new("VND", 0), new("CLP", 0), new("ISK", 0), new("UGX", 0),
        new("BHD", 3), new("KWD", 3), new("JOD", 3), new("OMR", 3), new("TND", 3), new("IQD", 3), new("LYD", 3),
    }.ToDictionary(c => c.Code, StringComparer.OrdinalIgnoreCase);

    private Currency(string code, int minorUnits)
    {
        Code = code;
        MinorUnits = minorUnits;
        Scale = (long)Math.Pow(10, minorUnits);
    }

    /// <summary>The three upper-case letters, e.g. <c>CNY</c>.</summary>
    public string Code { get; }

    /// <summary>Digits after the decimal point: 2 for CNY, 0 for JPY, 3 for KWD.</summary>
    public int MinorUnits { get; }

    /// <summary>Minor units in one major unit: 100 for CNY, 1 for JPY, 1000 for KWD.</summary>
    internal long Scale { get; }

    public static IReadOnlyCollection<Currency> All => Table.Values;

    /// <summary>The currency <paramref name="code"/> (any letter case), or <see cref="UnknownCurrencyException"/>.</summary>
    public static Currency Get(string? code)
        => Find(code) ?? throw new UnknownCurrencyException(code);

    /// <summary>The currency <paramref name="code"/> (any letter case), or null when it is not in the table.</summary>
    public static Currency? Find(string? code)
        => code is { Length: 3 } && Table.TryGetValue(code, out var currency) ? currency : null;

    /// <summary>Rounds half away from zero (<see cref="MidpointRounding.AwayFromZero"/>) to this currency's minor units.</summary>
    public decimal Round(decimal amount) => Math.Round(amount, MinorUnits, MidpointRounding.AwayFromZero);

    public bool Equals(Currency? other) => other is not null && string.Equals(Code, other.Code, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is Currency other && Equals(other);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    public override string ToString() => Code;

    public static bool operator ==(Currency? left, Currency? right) => left is null ? right is null : left.Equals(right);

    public static bool operator !=(Currency? left, Currency? right) => !(left == right);
}
