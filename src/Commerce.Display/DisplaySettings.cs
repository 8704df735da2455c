using System.Globalization;
using Commerce.Display.Localization;
using Commerce.Shells;

namespace Commerce.Display;

/// <summary>The tenant's display settings, read once per shell from its stored settings.</summary>
public sealed record DisplaySettings(CultureInfo DefaultCulture, TimeZoneInfo TimeZone, string Currency)
{
    public static DisplaySettings Default { get; } = new(DisplayCultures.Supported[0], TimeZoneInfo.Utc, "CNY");

    public static DisplaySettings From(IReadOnlyDictionary<string, string> settings)
    {
        var culture = DisplayCultures.Match(settings.GetValueOrDefault(DisplaySettingKeys.Culture)) ?? Default.DefaultCulture;
        var zone = TenantTimeZone.Find(settings.GetValueOrDefault(DisplaySettingKeys.TimeZone));
        var currency = settings.GetValueOrDefault(DisplaySettingKeys.Currency) is { Length: 3 } code ? code.ToUpperInvariant() : Default.Currency;
        return new DisplaySettings(culture, zone, currency);
    }
}
