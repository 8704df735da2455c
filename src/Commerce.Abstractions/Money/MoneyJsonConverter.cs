using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Commerce;

/// <summary>
/// <see cref="Money"/> as JSON: <c>{ "amount": 12.34, "currency": "CNY" }</c>, the amount a JSON number with the
/// currency's minor units (<c>12.30</c>, <c>1235</c>), never a string or a float. Reading accepts the property names in
/// any letter case, ignores other properties, and refuses with a <see cref="JsonException"/> that says what is wrong: a
/// missing or non-numeric amount, a missing or unknown currency, more decimals than the currency has.
/// </summary>
public sealed class MoneyJsonConverter : JsonConverter<Money>
{
    public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("Money is an object: { \"amount\": 12.34, \"currency\": \"CNY\" }.");
        }

        decimal? amount = null;
        string? currency = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString();
            reader.Read();
            if (string.Equals(name, "amount", StringComparison.OrdinalIgnoreCase))
            {
                if (reader.TokenType != JsonTokenType.Number || !reader.TryGetDecimal(out var value))
                {
                    throw new JsonException("Money's 'amount' must be a JSON number, e.g. 12.34.");
                }

                amount = value;
            }
            else if (string.Equals(name, "currency", StringComparison.OrdinalIgnoreCase))
            {
                currency = reader.TokenType == JsonTokenType.String
                    ? reader.GetString()
                    : throw new JsonException("Money's 'currency' must be a string, an ISO 4217 code such as \"CNY\".");
            }
            else
            {
                reader.Skip();
            }
        }

        if (amount is null)
        {
            throw new JsonException("Money needs an 'amount'.");
        }

        var found = Currency.Find(currency)
            ?? throw new JsonException(currency is null ? "Money needs a 'currency', e.g. \"CNY\"." : $"Unknown currency '{currency}'; use an ISO 4217 code such as CNY, USD or JPY.");
        if (found.Round(amount.Value) != amount.Value)
        {
            throw new JsonException(
                $"{amount.Value.ToString(CultureInfo.InvariantCulture)} has more decimals than {found.Code} has ({found.MinorUnits}).");
        }

        try
        {
            return new Money(amount.Value, found);
        }
        catch (ArgumentException e)
        {
            throw new JsonException(e.Message, e);
        }
    }

    public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        // The names are fixed whatever the options' naming policy: the shape is part of the contract.
        writer.WriteNumber("amount", value.Amount);
        writer.WriteString("currency", value.CurrencyCode);
        writer.WriteEndObject();
    }
}
