namespace Commerce.Identity.Services;

/// <summary>Every stored grant of the tenant, by permission: what a permission check reads, kept per shell.</summary>
public sealed class RoleGrantTable(IReadOnlyDictionary<string, HashSet<string>> rolesByPermission)
{
    /// <summary>Whether any of <paramref name="roles"/> holds <paramref name="permission"/>.</summary>
    public bool Grants(IEnumerable<string> roles, string permission)
        => rolesByPermission.TryGetValue(permission, out var holders) && roles.Any(holders.Contains);
}
