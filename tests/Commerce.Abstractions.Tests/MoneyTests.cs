using System.Globalization;

namespace Commerce.Abstractions.Tests;

/// <summary>Money's rules: one rounding rule, minor units per currency, no mixing of currencies.</summary>
public sealed class MoneyTests
{
    [Theory]
    [InlineData("0.125", "CNY", "0.13")]
    [InlineData("-0.125", "CNY", "-0.13")]
    [InlineData("0.135", "CNY", "0.14")]
    [InlineData("0.124999", "CNY", "0.12")]
    [InlineData("2.5", "JPY", "3")]
    [InlineData("-2.5", "JPY", "-3")]
    [InlineData("3.5", "KRW", "4")]
    [InlineData("0.0005", "KWD", "0.001")]
    [InlineData("-0.0005", "KWD", "-0.001")]
    public void Rounding_is_half_away_from_zero_to_the_currency_s_minor_units(string amount, string currency, string expected)
        => Assert.Equal(D(expected), Money.Round(D(amount), currency).Amount);

    [Fact]
    public void The_constructor_refuses_more_decimals_than_the_currency_has_instead_of_rounding()
    {
        Assert.Throws<ArgumentException>(() => new Money(0.125m, "CNY"));
        Assert.Throws<ArgumentException>(() => new Money(1.5m, "JPY"));
        Assert.Equal(1.005m, new Money(1.005m, "KWD").Amount);
        Assert.Equal(1.5m, new Money(1.50000m, "CNY").Amount);
    }

    [Fact]
    public void Amounts_carry_the_currency_s_minor_units_as_their_scale()
    {
        Assert.Equal("12.30", new Money(12.3m, "CNY").Amount.ToString(CultureInfo.InvariantCulture));
        Assert.Equal("1235", new Money(1235.000m, "JPY").Amount.ToString(CultureInfo.InvariantCulture));
        Assert.Equal("1.000", new Money(1m, "BHD").Amount.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Unknown_currencies_are_refused_and_codes_are_case_insensitive()
    {
        Assert.Equal("XYZ", Assert.Throws<UnknownCurrencyException>(() => new Money(1m, "XYZ")).Code);
        Assert.Throws<UnknownCurrencyException>(() => Money.Zero(""));
        Assert.Throws<UnknownCurrencyException>(() => Currency.Get(null));
        Assert.Null(Currency.Find("yuan"));
        Assert.Equal("CNY", new Money(1m, "cny").CurrencyCode);
        Assert.Equal([("CNY", 2), ("USD", 2), ("EUR", 2), ("GBP", 2), ("HKD", 2), ("JPY", 0), ("KRW", 0), ("KWD", 3)],
            new[] { "CNY", "USD", "EUR", "GBP", "HKD", "JPY", "KRW", "KWD" }.Select(c => (Currency.Get(c).Code, Currency.Get(c).MinorUnits)));
    }

    [Fact]
    public void Mixing_currencies_is_refused_by_arithmetic_and_comparison_but_equality_is_just_false()
    {
        var yuan = new Money(10m, "CNY");
        var dollars = new Money(10m, "USD");

        var mismatch = Assert.Throws<CurrencyMismatchException>(() => yuan + dollars);
        Assert.Equal(("CNY", "USD"), (mismatch.Left.Code, mismatch.Right.Code));
        Assert.Throws<CurrencyMismatchException>(() => yuan - dollars);
        Assert.Throws<CurrencyMismatchException>(() => yuan < dollars);
        Assert.Throws<CurrencyMismatchException>(() => yuan >= dollars);
        Assert.Throws<CurrencyMismatchException>(() => yuan.CompareTo(dollars));
        Assert.False(yuan == dollars);
        Assert.NotEqual(yuan, dollars);
    }

    [Fact]
    public void Arithmetic_and_comparison_in_one_currency()
    {
        var a = new Money(10.10m, "CNY");
        var b = new Money(0.95m, "CNY");

        Assert.Equal(new Money(11.05m, "CNY"), a + b);
        Assert.Equal(new Money(9.15m, "CNY"), a - b);
        Assert.Equal(new Money(-10.10m, "CNY"), -a);
        Assert.True(b < a && a > b && a >= new Money(10.1m, "CNY") && b <= a);
        Assert.Equal(new Money(10.1m, "CNY").GetHashCode(), a.GetHashCode());
        Assert.True((b - a).IsNegative);
        Assert.True(Money.Zero("JPY").IsZero);
    }

    [Theory]
    [InlineData("10.00", "CNY", "0.0125", "0.13")]
    [InlineData("-10.00", "CNY", "0.0125", "-0.13")]
    [InlineData("999", "JPY", "0.005", "5")]
    [InlineData("19.99", "USD", "3", "59.97")]
    [InlineData("1.001", "KWD", "0.5", "0.501")]
    public void Multiplying_rounds_once_half_away_from_zero(string amount, string currency, string factor, string expected)
        => Assert.Equal(new Money(D(expected), currency), new Money(D(amount), currency).Multiply(D(factor)));

    [Fact]
    public void Minor_units_convert_exactly_both_ways()
    {
        Assert.Equal(1234L, new Money(12.34m, "CNY").AmountInMinorUnits);
        Assert.Equal(1235L, new Money(1235m, "JPY").AmountInMinorUnits);
        Assert.Equal(-1005L, new Money(-1.005m, "KWD").AmountInMinorUnits);
        Assert.Equal(12.34m, Money.FromMinorUnits(1234, "CNY").Amount);
        Assert.Equal(92233720368547758.07m, Money.FromMinorUnits(long.MaxValue, "CNY").Amount);
        Assert.Equal(long.MaxValue, Money.FromMinorUnits(long.MaxValue, "CNY").AmountInMinorUnits);
        Assert.Throws<ArgumentException>(() => new Money(92233720368547758.08m, "CNY"));
    }

    [Fact]
    public void Text_for_logs_is_invariant_and_text_for_people_follows_the_culture_with_the_code()
    {
        var amount = new Money(1234.5m, "CNY");

        Assert.Equal("1234.50 CNY", amount.ToString());
        Assert.Equal("CNY\u00a01,234.50", amount.ToString("C", CultureInfo.GetCultureInfo("en")));
        Assert.Equal("CNY\u00a01.234,50", amount.ToString(null, CultureInfo.GetCultureInfo("de-DE")));
        Assert.Equal("JPY\u00a01,235", new Money(1235m, "JPY").ToString("C", CultureInfo.GetCultureInfo("zh-CN")));
        Assert.Equal("1234.50", amount.ToString("F", CultureInfo.InvariantCulture));
        Assert.Equal("CNY\u00a01,234.50", string.Create(CultureInfo.GetCultureInfo("en"), $"{amount}"));
    }

    [Fact]
    public void Default_money_has_no_currency_and_says_so()
    {
        Assert.Throws<InvalidOperationException>(() => default(Money).Currency);
        Assert.Equal("(no currency)", default(Money).ToString());
    }

    private static decimal D(string value) => decimal.Parse(value, CultureInfo.InvariantCulture);
}
