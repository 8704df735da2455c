using Commerce.Security;

namespace Commerce.Identity;

/// <summary>What the identity feature lets roles do.</summary>
public sealed class IdentityPermissions : IPermissionProvider
{
    private const string Category = "Identity";

    public static readonly Permission ViewUsers = new("ViewUsers", "List users and roles.", Category);

    public static readonly Permission ManageUsers = new("ManageUsers", "Create users, lock and unlock them, assign their roles.", Category);

    public static readonly Permission ManageRoles = new("ManageRoles", "Create roles and edit which roles hold which permissions.", Category);

    public static readonly Permission ManageOwnAccessTokens = new("ManageOwnAccessTokens", "Create, list and revoke one's own personal access tokens.", Category);

    public IEnumerable<Permission> GetPermissions() => [ViewUsers, ManageUsers, ManageRoles, ManageOwnAccessTokens];

    public IEnumerable<DefaultGrant> GetDefaultGrants() =>
    [
        new(RoleNames.Auditor, [ViewUsers, ManageOwnAccessTokens]),
        new(RoleNames.Finance, [ManageOwnAccessTokens]),
        new(RoleNames.MerchantOwner, [ManageOwnAccessTokens]),
        new(RoleNames.MerchantStaff, [ManageOwnAccessTokens]),
    ];
}
