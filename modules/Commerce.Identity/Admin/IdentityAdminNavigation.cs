using Commerce.Navigation;

namespace Commerce.Identity.Admin;

internal sealed class IdentityAdminNavigation : IAdminNavigationProvider
{
    public IEnumerable<AdminNavigationItem> GetItems() =>
    [
        new("Users", "/admin/users", 80, IdentityPermissions.ViewUsers.Name),
        new("Roles and permissions", "/admin/roles", 81, IdentityPermissions.ViewUsers.Name),
    ];
}
