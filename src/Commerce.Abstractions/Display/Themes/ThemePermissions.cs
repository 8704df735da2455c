using Commerce.Security;

namespace Commerce.Display.Themes;

/// <summary>The permission guarding the themes (declared by the display layer; only administrators hold it by default).</summary>
public static class ThemePermissions
{
    /// <summary>List the themes and activate the tenant's storefront theme (API and admin page).</summary>
    public static readonly Permission ManageThemes = new("ManageThemes", "List themes and activate the tenant's storefront theme.", "Display");
}
