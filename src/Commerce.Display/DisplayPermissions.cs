using Commerce.Display.Themes;
using Commerce.Security;

namespace Commerce.Display;

/// <summary>What the display layer lets roles do. Only administrators hold it by default.</summary>
public sealed class DisplayPermissions : IPermissionProvider
{
    /// <summary>List the themes and activate the tenant's storefront theme (API and admin page).</summary>
    public static readonly Permission ManageThemes = ThemePermissions.ManageThemes;

    public IEnumerable<Permission> GetPermissions() => [ManageThemes];

    public IEnumerable<DefaultGrant> GetDefaultGrants() => [];
}
