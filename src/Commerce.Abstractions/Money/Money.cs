using System.Globalization;
using System.Text.Json.Serialization;

namespace Commerce;

/// <summary>
/// An amount in one <see cref="Commerce.Currency"/>. The amount always fits the currency's minor units exactly
/// (CNY 12.34, JPY 1235, KWD 1.005), so it converts to and from whole minor units without loss
/// (<see cref="AmountInMinorUnits"/>, <see cref="FromMinorUnits"/>) and is stored that way.
/// </summary>
/// <remarks>
/// <para>
/// <b>One rounding rule:</b> wherever an amount has to lose digits (<see cref="Round(decimal, string)"/>,
/// <see cref="Multiply"/>) it is rounded half away from zero (<see cref="MidpointRounding.AwayFromZero"/>) to the
/// currency's minor units: CNY 0.125 is 0.13 and -0.125 is -0.13; JPY 2.5 is 3. The constructor never rounds: an
/// amount with more decimals than the currency has is refused, so rounding happens once, where the caller says.
/// </para>
/// <para>
/// Adding, subtracting and comparing amounts in different currencies throws <see cref="CurrencyMismatchException"/>;
/// equality is simply false. <c>default(Money)</c> has no currency and is not a valid amount: most members throw on it.
/// JSON is <c>{ "amount": 12.34, "currency": "CNY" }</c> (<see cref="MoneyJsonConverter"/>).
/// </para>
/// </remarks>
[JsonConverter(typeof(MoneyJsonConverter))]
public readonly struct Money : IEquatable<Money>, IComparable<Money>, IFormattable
{
    private readonly Currency? _currency;

    /// <summary>An amount in <paramref name="currency"/>; refused when it has more decimals than the currency's minor units.</summary>
    /// <exception cref="UnknownCurrencyException">The code is not in the table.</exception>
    /// <exception cref="ArgumentException">The amount has more decimals than the currency, or does not fit in 64-bit minor units.</exception>
    public Money(decimal amount, string currency)
        : this(amount, Currency.Get(currency))
    {
    }

    /// <inheritdoc cref="Money(decimal, string)"/>
    public Money(decimal amount, Currency currency)
    {
        ArgumentNullException.ThrowIfNull(currency);
        if (currency.Round(amount) != amount)
        {
            throw new ArgumentException(
                $"{amount.ToString(CultureInfo.InvariantCulture)} has more decimals than {currency.Code} has ({currency.MinorUnits}); round it first with Money.Round.",
                nameof(amount));
        }

        _currency = currency;
        Amount = Scaled(ToMinorUnits(amount, currency), currency);
    }

    // For EF Core's constructor binding of the two stored columns (see MoneyMapping).
    private Money(long amountInMinorUnits, string currencyCode)
    {
        _currency = Currency.Get(currencyCode);
        Amount = Scaled(amountInMinorUnits, _currency);
    }

    /// <summary>The amount, with exactly the currency's minor units as its scale (CNY 12.30, JPY 1235).</summary>
    public decimal Amount { get; }

    public Currency Currency => _currency ?? throw new InvalidOperationException("default(Money) has no currency; create amounts with a currency.");

    /// <summary>The ISO 4217 code, e.g. <c>CNY</c>.</summary>
    public string CurrencyCode => Currency.Code;

    /// <summary>The amount in whole minor units: CNY 12.34 is 1234, JPY 1235 is 1235. Exact, by construction.</summary>
    public long AmountInMinorUnits => (long)(Amount * Currency.Scale);

    public bool IsZero => Amount == 0m;

    public bool IsNegative => Amount < 0m;

    public static Money Zero(string currency) => new(0m, currency);

    /// <summary>The amount of <paramref name="minorUnits"/> minor units: 1234 CNY is 12.34, 1235 JPY is 1235.</summary>
    public static Money FromMinorUnits(long minorUnits, string currency) => new(minorUnits, currency);

    /// <summary>
    /// <paramref name="amount"/> rounded half away from zero to the currency's minor units: the one place a raw
    /// decimal (a computed commission, a parsed price) becomes money.
    /// </summary>
    public static Money Round(decimal amount, string currency)
    {
        var found = Currency.Get(currency);
        return new Money(found.Round(amount), found);
    }

    /// <summary>
    /// This amount times <paramref name="factor"/> (a rate, a quantity), rounded half away from zero to the
    /// currency's minor units: CNY 10.00 × 0.0125 is 0.13.
    /// </summary>
    public Money Multiply(decimal factor) => new(Currency.Round(Amount * factor), Currency);

    public Money Negate() => new(-Amount, Currency);

    public Money Add(Money other) => new(Amount + other.Amount, Same(this, other));

    public Money Subtract(Money other) => new(Amount - other.Amount, Same(this, other));

    /// <summary>Orders amounts of the same currency; <see cref="CurrencyMismatchException"/> for two currencies.</summary>
    public int CompareTo(Money other)
    {
        Same(this, other);
        return Amount.CompareTo(other.Amount);
    }

    public bool Equals(Money other) => _currency == other._currency && Amount == other.Amount;

    public override bool Equals(object? obj) => obj is Money other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(_currency, Amount);

    /// <summary>Invariant and unambiguous, for logs and messages: <c>1234.50 CNY</c>.</summary>
    public override string ToString()
        => _currency is null ? "(no currency)" : Amount.ToString("F" + _currency.MinorUnits, CultureInfo.InvariantCulture) + " " + _currency.Code;

    /// <summary>
    /// For readers of <paramref name="formatProvider"/>'s culture, with the code in front and the culture's separators:
    /// <c>CNY 1,234.50</c>, <c>JPY 1,235</c>; <paramref name="format"/> <c>F</c> gives the bare amount (<c>1234.50</c>).
    /// Symbols such as ¥ are the display layer's (<c>money</c> filter).
    /// </summary>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        var digits = Currency.MinorUnits;
        return format switch
        {
            null or "" or "G" or "C" => CurrencyCode + "\u00a0" + Amount.ToString("N" + digits, formatProvider),
            "F" => Amount.ToString("F" + digits, formatProvider),
            "N" => Amount.ToString("N" + digits, formatProvider),
            _ => throw new FormatException($"Money formats are G, C, F and N, not '{format}'."),
        };
    }

    public static Money operator +(Money left, Money right) => left.Add(right);

    public static Money operator -(Money left, Money right) => left.Subtract(right);

    public static Money operator -(Money value) => value.Negate();

    public static bool operator ==(Money left, Money right) => left.Equals(right);

    public static bool operator !=(Money left, Money right) => !left.Equals(right);

    public static bool operator <(Money left, Money right) => left.CompareTo(right) < 0;

    public static bool operator >(Money left, Money right) => left.CompareTo(right) > 0;

    public static bool operator <=(Money left, Money right) => left.CompareTo(right) <= 0;

    public static bool operator >=(Money left, Money right) => left.CompareTo(right) >= 0;

    private static Currency Same(Money left, Money right)
        => left.Currency == right.Currency ? left.Currency : throw new CurrencyMismatchException(left.Currency, right.Currency);

    private static long ToMinorUnits(decimal amount, Currency currency)
    {
        var minor = amount * currency.Scale;
        return minor is >= -long.MaxValue and <= long.MaxValue
            ? (long)minor
            : throw new ArgumentException($"{amount.ToString(CultureInfo.InvariantCulture)} {currency.Code} is too large to store in minor units.", nameof(amount));
    }

    private static decimal Scaled(long minorUnits, Currency currency)
    {
        if (minorUnits == long.MinValue)
        {
            throw new ArgumentOutOfRangeException(nameof(minorUnits), "Out of range.");
        }

        var magnitude = (ulong)Math.Abs(minorUnits);
        return new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), 0, minorUnits < 0, (byte)currency.MinorUnits);
    }
}
