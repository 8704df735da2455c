using Commerce.Security;

namespace Commerce.Management;

/// <summary>What the management API lets roles do. Only administrators hold these by default.</summary>
public static class ManagementPermissions
{
    public static readonly Permission ManageFeatures = new("ManageFeatures", "List, enable, disable, hide and show the tenant's features.", "Management");

    public static readonly Permission ManageEvents = new("ManageEvents", "See the event stream's consumers and retry parked events.", "Management");

    public static readonly Permission ManageTenants = new("ManageTenants", "List and create tenants (Default tenant only).", "Management");
}

/// <summary>The Features feature's permissions.</summary>
internal sealed class FeaturesPermissionProvider : IPermissionProvider
{
    public IEnumerable<Permission> GetPermissions() => [ManagementPermissions.ManageFeatures];

    public IEnumerable<DefaultGrant> GetDefaultGrants() => [];
}

/// <summary>The Tenants feature's permissions.</summary>
internal sealed class TenantsPermissionProvider : IPermissionProvider
{
    public IEnumerable<Permission> GetPermissions() => [ManagementPermissions.ManageTenants];

    public IEnumerable<DefaultGrant> GetDefaultGrants() => [];
}

/// <summary>The Events feature's permissions.</summary>
internal sealed class EventsPermissionProvider : IPermissionProvider
{
    public IEnumerable<Permission> GetPermissions() => [ManagementPermissions.ManageEvents];

    public IEnumerable<DefaultGrant> GetDefaultGrants() => [];
}
