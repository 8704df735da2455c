namespace Commerce.Display;

/// <summary>Host-wide display choices; tenant-specific ones are tenant settings (<see cref="DisplaySettingKeys"/>).</summary>
public sealed class DisplayOptions
{
    /// <summary>The storefront theme used when the tenant names none (or names one that is not enabled), if enabled.</summary>
    public const string DefaultStorefrontTheme = "Commerce.Themes.Storefront";

    public const string DefaultAdminTheme = "Commerce.Themes.Admin";

    /// <summary>
    /// Read templates, string tables and assets from the modules' and themes' source folders (recorded at build
    /// time) before their embedded copies, so edits show on the next request. On in Development.
    /// </summary>
    public bool UseSourceFiles { get; set; }
}
