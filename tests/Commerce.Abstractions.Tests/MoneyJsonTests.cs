using System.Text.Json;

namespace Commerce.Abstractions.Tests;

/// <summary>Money in JSON: <c>{ "amount": 12.34, "currency": "CNY" }</c>, a number beside its currency.</summary>
public sealed class MoneyJsonTests
{
    private sealed record Grade(string Name, Money Deposit, Money? Refund = null);

    [Theory]
    [InlineData("12.3", "CNY", """{"amount":12.30,"currency":"CNY"}""")]
    [InlineData("1235", "JPY", """{"amount":1235,"currency":"JPY"}""")]
    [InlineData("-1.005", "KWD", """{"amount":-1.005,"currency":"KWD"}""")]
    public void Money_is_written_as_a_number_with_the_currency_s_minor_units_and_its_code(string amount, string currency, string json)
        => Assert.Equal(json, JsonSerializer.Serialize(new Money(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), currency)));

    [Fact]
    public void A_round_trip_keeps_amount_and_currency_whatever_the_naming_policy()
    {
        var grade = new Grade("Gold", new Money(10000m, "CNY"), new Money(500m, "JPY"));

        var json = JsonSerializer.Serialize(grade, JsonSerializerOptions.Web);

        Assert.Equal("""{"name":"Gold","deposit":{"amount":10000.00,"currency":"CNY"},"refund":{"amount":500,"currency":"JPY"}}""", json);
        Assert.Equal(grade, JsonSerializer.Deserialize<Grade>(json, JsonSerializerOptions.Web));
        Assert.Contains("\"amount\":10000.00", JsonSerializer.Serialize(grade, new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower }));
        Assert.Null(JsonSerializer.Deserialize<Grade>("""{"name":"x","deposit":{"amount":1,"currency":"USD"},"refund":null}""", JsonSerializerOptions.Web)!.Refund);
    }

    [Fact]
    public void Reading_accepts_any_letter_case_and_ignores_other_properties()
        => Assert.Equal(new Money(12.34m, "CNY"), JsonSerializer.Deserialize<Money>("""{"Currency":"cny","formatted":"¥12.34","AMOUNT":12.34}"""));

    [Theory]
    [InlineData("""{"amount":"12.34","currency":"CNY"}""", "must be a JSON number")]
    [InlineData("""{"amount":12.34}""", "needs a 'currency'")]
    [InlineData("""{"currency":"CNY"}""", "needs an 'amount'")]
    [InlineData("""{"amount":12.34,"currency":"XYZ"}""", "Unknown currency 'XYZ'")]
    [InlineData("""{"amount":12.345,"currency":"CNY"}""", "more decimals than CNY has (2)")]
    [InlineData("""{"amount":1.5,"currency":"JPY"}""", "more decimals than JPY has (0)")]
    [InlineData("""{"amount":12,"currency":3}""", "'currency' must be a string")]
    [InlineData("12.34", "Money is an object")]
    public void Bad_money_is_refused_with_a_message_that_says_what_is_wrong(string json, string message)
        => Assert.Contains(message, Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Money>(json)).Message);
}
