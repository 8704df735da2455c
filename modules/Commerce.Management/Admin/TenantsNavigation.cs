using Commerce.Navigation;

namespace Commerce.Management.Admin;

/// <summary>The Tenants page in the admin menu: only where the Tenants feature runs, the Default tenant.</summary>
internal sealed class TenantsNavigation : IAdminNavigationProvider
{
    public IEnumerable<AdminNavigationItem> GetItems() => [new("Tenants", TenantsPages.Path, 30, ManagementPermissions.ManageTenants.Name)];
}
