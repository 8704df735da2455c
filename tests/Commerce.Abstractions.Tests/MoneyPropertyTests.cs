using System.Text.Json;
using CsCheck;

namespace Commerce.Abstractions.Tests;

/// <summary>Money's laws over many generated amounts in every currency of the table.</summary>
public sealed class MoneyPropertyTests
{
    private static readonly Gen<Currency> Currencies = Gen.OneOf(Currency.All.ToArray());

    // Up to ±10^15 minor units: sums of two stay far inside a long.
    private static readonly Gen<Money> Amounts =
        Gen.Select(Gen.Long[-1_000_000_000_000_000, 1_000_000_000_000_000], Currencies, (minor, currency) => Money.FromMinorUnits(minor, currency.Code));

    [Fact]
    public void Minor_units_round_trip_exactly()
        => Gen.Select(Gen.Long[long.MinValue + 1, long.MaxValue], Currencies).Sample((minor, currency) =>
            Money.FromMinorUnits(minor, currency.Code).AmountInMinorUnits == minor);

    [Fact]
    public void Json_round_trips()
        => Amounts.Sample(money => JsonSerializer.Deserialize<Money>(JsonSerializer.Serialize(money)) == money);

    [Fact]
    public void Adding_and_subtracting_is_exact_in_minor_units()
        => Gen.Select(Amounts, Gen.Long[-1_000_000_000_000_000, 1_000_000_000_000_000]).Sample((a, minor) =>
        {
            var b = Money.FromMinorUnits(minor, a.CurrencyCode);
            return (a + b).AmountInMinorUnits == a.AmountInMinorUnits + minor && (a + b - b) == a && -(-a) == a;
        });

    [Fact]
    public void Rounding_is_symmetric_about_zero_and_never_off_by_more_than_half_a_minor_unit()
        => Gen.Select(Gen.Decimal[-1_000_000_000m, 1_000_000_000m], Currencies).Sample((amount, currency) =>
        {
            var rounded = Money.Round(amount, currency.Code).Amount;
            var half = 0.5m / (decimal)Math.Pow(10, currency.MinorUnits);
            return Money.Round(-amount, currency.Code).Amount == -rounded
                && Math.Abs(rounded - amount) <= half
                && Money.Round(rounded, currency.Code).Amount == rounded;
        });
}
