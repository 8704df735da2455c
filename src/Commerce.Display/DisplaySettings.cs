using System.Globalization;
using Commerce.Display.Localization;

namespace Commerce.Display;

/// <summary>The tenant's display settings, read once per shell from its stored settings.</summary>
public sealed record DisplaySettings(CultureInfo DefaultCulture, TimeZoneInfo TimeZone, string Currency)
{
    public static DisplaySettings Default { get; } = new(DisplayCultures.Supported[0], TimeZoneInfo.Utc, "CNY");

    public static DisplaySettings From(IReadOnlyDictionary<string, string> settings)
    {
        var culture = DisplayCultures.Match(settings.GetValueOrDefault(DisplaySettingKeys.Culture)) ?? Default.DefaultCulture;
        var zone = settings.GetValueOrDefault(DisplaySettingKeys.TimeZone) is { Length: > 0 } id
            && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var found) ? found : TimeZoneInfo.Utc;
        var currency = settings.GetValueOrDefault(DisplaySettingKeys.Currency) is { Length: 3 } code ? code.ToUpperInvariant() : Default.Currency;
        return new DisplaySettings(culture, zone, currency);
    }
}
