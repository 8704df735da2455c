using System.Globalization;

namespace Commerce.Display;

/// <summary>
/// Money as shoppers read it: the <see cref="Money"/>'s amount (already exact in its currency's minor units, or
/// rounded once here, half away from zero, when a template hands a raw number) written with the culture's currency
/// pattern and separators, the currency's minor units (CNY 2, JPY 0, KWD 3: never a fixed 2) and the currency's
/// own symbol as Chinese or English readers know it.
/// </summary>
public static class MoneyFormat
{
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

    /// <summary>The currency's symbol for readers of <paramref name="culture"/>; the code itself when it has none here.</summary>
    public static string Symbol(Currency currency, CultureInfo culture)
        => Symbols.TryGetValue(currency.Code, out var symbol)
            ? culture.TwoLetterISOLanguageName == "zh" ? symbol.Chinese : symbol.Other
            : currency.Code + "\u00a0";

    /// <summary>Formats <paramref name="money"/> for <paramref name="culture"/>, e.g. ¥1,234.50 (zh-CN) or CN¥1,234.50 (en).</summary>
    public static string Format(Money money, CultureInfo culture)
    {
        var format = (NumberFormatInfo)culture.NumberFormat.Clone();
        format.CurrencySymbol = Symbol(money.Currency, culture);
        format.CurrencyDecimalDigits = money.Currency.MinorUnits;
        return money.Amount.ToString("C", format);
    }

    /// <summary>
    /// Formats a raw amount: rounded half away from zero to the currency's minor units (<see cref="Money.Round"/>), then
    /// as <see cref="Format(Money, CultureInfo)"/>. A code outside <see cref="Currency"/>'s table is not guessed at: the
    /// amount is written as it is, with the culture's separators, after the code.
    /// </summary>
    public static string Format(decimal amount, string currency, CultureInfo culture)
        => Currency.Find(currency) is { } known
            ? Format(Money.Round(amount, known.Code), culture)
            : currency.ToUpperInvariant() + "\u00a0" + amount.ToString("#,0.##########", culture);
}
