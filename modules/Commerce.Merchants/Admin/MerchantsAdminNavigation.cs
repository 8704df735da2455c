using Commerce.Navigation;

namespace Commerce.Merchants.Admin;

internal sealed class MerchantsAdminNavigation : IAdminNavigationProvider
{
    public IEnumerable<AdminNavigationItem> GetItems() =>
    [
        new("Merchants", "/admin/merchants", 20, MerchantsPermissions.ViewMerchants.Name),
        new("Change requests", "/admin/merchants/change-requests", 21, MerchantsPermissions.ViewMerchants.Name),
        new("Merchant grades", "/admin/merchants/grades", 22, MerchantsPermissions.ViewMerchants.Name),
    ];
}
