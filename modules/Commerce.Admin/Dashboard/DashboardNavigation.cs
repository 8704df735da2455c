using Commerce.Navigation;

namespace Commerce.Admin.Dashboard;

/// <summary>The dashboard heads the admin menu.</summary>
internal sealed class DashboardNavigation : IAdminNavigationProvider
{
    public IEnumerable<AdminNavigationItem> GetItems() => [new("Dashboard", DashboardPage.Path, 0, AdminPermissions.AccessAdmin.Name)];
}
