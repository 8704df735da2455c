using System.Globalization;

namespace Commerce.Display;

/// <summary>
/// Money as shoppers read it. The amount is rounded once, half away from zero, to the currency's minor unit
/// (ISO 4217: CNY, USD, EUR 2 digits; JPY, KRW 0; BHD, KWD, JOD, OMR, TND 3; unknown codes 2), then written
/// with the culture's currency pattern and separators and the currency's own symbol.
/// </summary>
public static class Money
{
    private static readonly Dictionary<string, int> MinorUnits = new(StringComparer.OrdinalIgnoreCase)
    {
        ["JPY"] = 0, ["KRW"] = 0, ["VND"] = 0, ["CLP"] = 0, ["ISK"] = 0, ["UGX"] = 0,
        ["BHD"] = 3, ["KWD"] = 3, ["JOD"] = 3, ["OMR"] = 3, ["TND"] = 3, ["IQD"] = 3, ["LYD"] = 3,
    };

    // Symbols as CLDR writes them for Chinese and for English readers.
    private static readonly Dictionary<string, (string Chinese, string Other)> Symbols = new(StringComparer.OrdinalIgnoreCase)
    {
        ["CNY"] = ("¥", "CN¥"),
        ["USD"] = ("US$", "$"),
        ["EUR"] = ("€", "€"),
        ["GBP"] = ("£", "£"),
        ["JPY"] = ("JP¥", "¥"),
        ["HKD"] = ("HK$", "HK$"),
        ["TWD"] = ("NT$", "NT$"),
        ["KRW"] = ("￦", "₩"),
    };

    /// <summary>Digits after the decimal point for <paramref name="currency"/>.</summary>
    public static int MinorUnit(string currency) => MinorUnits.GetValueOrDefault(currency, 2);

    /// <summary>Rounds half away from zero to the currency's minor unit.</summary>
    public static decimal Round(decimal amount, string currency)
        => Math.Round(amount, MinorUnit(currency), MidpointRounding.AwayFromZero);

    /// <summary>The currency's symbol for readers of <paramref name="culture"/>; the code itself when unknown.</summary>
    public static string Symbol(string currency, CultureInfo culture)
        => Symbols.TryGetValue(currency, out var symbol)
            ? culture.TwoLetterISOLanguageName == "zh" ? symbol.Chinese : symbol.Other
            : currency.ToUpperInvariant() + "\u00a0";

    /// <summary>Formats <paramref name="amount"/> in <paramref name="currency"/> for <paramref name="culture"/>, e.g. ¥1,234.50 or CN¥1,234.50.</summary>
    public static string Format(decimal amount, string currency, CultureInfo culture)
    {
        var format = (NumberFormatInfo)culture.NumberFormat.Clone();
        format.CurrencySymbol = Symbol(currency, culture);
        format.CurrencyDecimalDigits = MinorUnit(currency);
        return Round(amount, currency).ToString("C", format);
    }
}
