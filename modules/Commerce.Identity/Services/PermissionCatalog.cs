using Commerce.Security;

namespace Commerce.Identity.Services;

/// <summary>The permissions of the features enabled in this shell, and their default grants. One per shell.</summary>
public sealed class PermissionCatalog
{
    private readonly Dictionary<string, Permission> _byName = new(StringComparer.Ordinal);

    public PermissionCatalog(IEnumerable<IPermissionProvider> providers)
    {
        var defaults = new List<(string Role, string Permission)>();
        foreach (var provider in providers)
        {
            foreach (var permission in provider.GetPermissions())
            {
                _byName.TryAdd(permission.Name, permission);
            }

            foreach (var grant in provider.GetDefaultGrants())
            {
                defaults.AddRange(grant.Permissions.Select(p => (grant.Role, p.Name)));
            }
        }

        Permissions = _byName.Values.OrderBy(p => p.Category, StringComparer.Ordinal).ThenBy(p => p.Name, StringComparer.Ordinal).ToList();
        DefaultGrants = defaults.Distinct().ToList();
    }

    public IReadOnlyList<Permission> Permissions { get; }

    public IReadOnlyList<(string Role, string Permission)> DefaultGrants { get; }

    public bool Contains(string name) => _byName.ContainsKey(name);
}
