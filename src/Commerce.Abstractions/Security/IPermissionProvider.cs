namespace Commerce.Security;

/// <summary>
/// A feature's permissions and the roles that hold them by default. Register one per feature as a singleton
/// (<c>services.AddSingleton&lt;IPermissionProvider, MyPermissions&gt;()</c>). Only enabled features'
/// providers exist in a shell, so a disabled feature's permissions disappear; stored grants are kept by name
/// and apply again when the feature comes back.
/// </summary>
public interface IPermissionProvider
{
    IEnumerable<Permission> GetPermissions();

    /// <summary>
    /// Grants applied once per tenant, the first time the permission is seen; an admin's later edits win,
    /// also across disable and enable.
    /// </summary>
    IEnumerable<DefaultGrant> GetDefaultGrants();
}

/// <summary>A role that holds <paramref name="Permissions"/> until an admin says otherwise.</summary>
public sealed record DefaultGrant(string Role, IReadOnlyList<Permission> Permissions);
