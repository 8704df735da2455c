namespace Commerce.Display;

/// <summary>Tenant settings the display layer reads (set them in a recipe's <c>settings</c>).</summary>
public static class DisplaySettingKeys
{
    /// <summary>The storefront theme's id; the same key as the host's <c>TenantSettingKeys.Theme</c>.</summary>
    public const string Theme = Hosting.TenantSettingKeys.Theme;

    /// <summary>The admin theme's id; default <see cref="DisplayOptions.DefaultAdminTheme"/>.</summary>
    public const string AdminTheme = "Commerce.AdminTheme";

    /// <summary>The culture visitors get when neither their cookie nor their browser names a supported one; default <c>en</c>.</summary>
    public const string Culture = "Commerce.Culture";

    /// <summary>The IANA time zone <c>date_local</c> shows times in; default <c>UTC</c>.</summary>
    public const string TimeZone = Shells.TenantTimeZone.SettingKey;

    /// <summary>The currency <c>money</c> uses when a template names none; default <c>CNY</c>.</summary>
    public const string Currency = "Commerce.Currency";
}
