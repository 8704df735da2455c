using Commerce.Security;

namespace Commerce.Admin;

/// <summary>What the admin feature lets roles do.</summary>
public sealed class AdminPermissions : IPermissionProvider
{
    /// <summary>Opens the admin dashboard; each admin page still checks its own permission.</summary>
    public static readonly Permission AccessAdmin = new("AccessAdmin", "Open the admin area's dashboard.", "Admin");

    public IEnumerable<Permission> GetPermissions() => [AccessAdmin];

    public IEnumerable<DefaultGrant> GetDefaultGrants() =>
    [
        new(RoleNames.Auditor, [AccessAdmin]),
        new(RoleNames.Finance, [AccessAdmin]),
    ];
}
