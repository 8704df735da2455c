using Commerce.Display.Themes;
using Commerce.Navigation;

namespace Commerce.Management.Admin;

/// <summary>The Features and Themes pages in the admin menu; every tenant has them.</summary>
internal sealed class ManagementNavigation : IAdminNavigationProvider
{
    public IEnumerable<AdminNavigationItem> GetItems() =>
    [
        new("Features", FeaturesPages.Path, 10, ManagementPermissions.ManageFeatures.Name),
        new("Themes", ThemesPages.Path, 20, ThemePermissions.ManageThemes.Name),
    ];
}
