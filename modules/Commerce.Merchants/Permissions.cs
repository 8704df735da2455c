using Commerce.Security;

namespace Commerce.Merchants;

/// <summary>
/// What the merchants registry lets platform roles do. A merchant's own people act on their merchant through
/// merchant-scoped permissions instead (<see cref="MerchantPermissionNames"/>), granted per person within the grade.
/// </summary>
public sealed class MerchantsPermissions : IPermissionProvider
{
    private const string Category = "Merchants";

    public static readonly Permission ViewMerchants = new("ViewMerchants", "List merchants and see their details, history, staff and change requests.", Category);

    public static readonly Permission ManageMerchants = new("ManageMerchants", "Create merchants, change their status, grade and company details, review change requests, define grades.", Category);

    public IEnumerable<Permission> GetPermissions() => [ViewMerchants, ManageMerchants];

    public IEnumerable<DefaultGrant> GetDefaultGrants() =>
    [
        new(RoleNames.Auditor, [ViewMerchants, ManageMerchants]),
        new(RoleNames.Finance, [ViewMerchants]),
    ];
}
