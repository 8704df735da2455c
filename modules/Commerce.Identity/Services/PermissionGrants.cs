using Commerce.Data;
using Commerce.Identity.Data;
using Commerce.Identity.Domain;
using Commerce.Security;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Identity.Services;

/// <summary>Remembers, per shell, that the default grants of its permissions were applied.</summary>
internal sealed class PermissionDefaultsState
{
    public SemaphoreSlim Gate { get; } = new(1, 1);

    public volatile bool Applied;
}

/// <summary>
/// Which roles hold which permissions, stored by name in the tenant database. A permission's default grants are
/// applied the first time any shell sees it (recorded in <c>identity_permission_defaults</c>), so they come with
/// a feature's first enabling and never undo an admin's edit; grants of a disabled feature stay stored and
/// apply again when it is re-enabled. Permission checks read the grants from a per-shell
/// <see cref="CachedDocument{T}"/>: a change made here applies at once, one made through another host process
/// within the host's cache synchronization latency.
/// </summary>
internal sealed class PermissionGrants(
    IdentityDataContext db, PermissionCatalog catalog, PermissionDefaultsState state, CachedDocument<RoleGrantTable> table, TimeProvider clock)
    : IPermissionGrantStore
{
    public async Task<bool> IsGrantedAsync(IReadOnlyCollection<string> roles, string permission, CancellationToken cancellationToken = default)
    {
        if (!catalog.Contains(permission))
        {
            return false;
        }

        await EnsureDefaultsAsync(cancellationToken);
        return (await table.GetAsync(LoadTableAsync, cancellationToken)).Grants(roles, permission);
    }

    /// <summary>Grants of every role, for the permissions this shell knows.</summary>
    public async Task<ILookup<string, string>> ByPermissionAsync(CancellationToken cancellationToken = default)
    {
        await EnsureDefaultsAsync(cancellationToken);
        var grants = await db.RolePermissions.AsNoTracking().ToListAsync(cancellationToken);
        return grants.Where(g => catalog.Contains(g.Permission)).ToLookup(g => g.Permission, g => g.Role, StringComparer.Ordinal);
    }

    /// <summary>The permissions this shell knows that <paramref name="role"/> holds.</summary>
    public async Task<IReadOnlyList<string>> OfRoleAsync(string role, CancellationToken cancellationToken = default)
    {
        if (role == RoleNames.Administrator)
        {
            return catalog.Permissions.Select(p => p.Name).ToList();
        }

        await EnsureDefaultsAsync(cancellationToken);
        var held = await db.RolePermissions.AsNoTracking().Where(g => g.Role == role).Select(g => g.Permission).ToListAsync(cancellationToken);
        return catalog.Permissions.Select(p => p.Name).Where(held.Contains).ToList();
    }

    /// <summary>
    /// Makes <paramref name="role"/> hold exactly <paramref name="permissions"/> among the permissions this shell
    /// knows. Grants of permissions it does not know (disabled features) are left as they are.
    /// </summary>
    public async Task SetAsync(string role, IReadOnlyCollection<string> permissions, CancellationToken cancellationToken = default)
    {
        await EnsureDefaultsAsync(cancellationToken);
        var existing = await db.RolePermissions.Where(g => g.Role == role).ToListAsync(cancellationToken);
        db.RolePermissions.RemoveRange(existing.Where(g => catalog.Contains(g.Permission) && !permissions.Contains(g.Permission)));
        foreach (var name in permissions.Where(p => existing.All(g => g.Permission != p)))
        {
            db.RolePermissions.Add(new RolePermission { Role = role, Permission = name });
        }

        await db.SaveChangesAsync(cancellationToken);
        table.Invalidate();
    }

    private async Task<RoleGrantTable> LoadTableAsync(CancellationToken cancellationToken)
    {
        var grants = await db.RolePermissions.AsNoTracking().ToListAsync(cancellationToken);
        return new RoleGrantTable(grants
            .GroupBy(g => g.Permission, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Role).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal));
    }

    private async Task EnsureDefaultsAsync(CancellationToken cancellationToken)
    {
        if (state.Applied)
        {
            return;
        }

        await state.Gate.WaitAsync(cancellationToken);
        try
        {
            if (state.Applied)
            {
                return;
            }

            var applied = (await db.PermissionDefaults.AsNoTracking().Select(a => a.Permission).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
            var pending = catalog.Permissions.Where(p => !applied.Contains(p.Name)).ToList();
            if (pending.Count > 0)
            {
                var now = clock.GetUtcNow();
                var existing = (await db.RolePermissions.AsNoTracking().ToListAsync(cancellationToken)).Select(g => (g.Role, g.Permission)).ToHashSet();
                foreach (var permission in pending)
                {
                    db.PermissionDefaults.Add(new PermissionDefaultsApplied { Permission = permission.Name, AppliedUtc = now });
                    foreach (var (role, _) in catalog.DefaultGrants.Where(g => g.Permission == permission.Name && !existing.Contains(g)))
                    {
                        db.RolePermissions.Add(new RolePermission { Role = role, Permission = permission.Name });
                    }
                }

                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                }
                catch (DbUpdateException)
                {
                    // Another process applied them at the same moment; its rows stand.
                }
                finally
                {
                    db.ChangeTracker.Clear();
                    table.Invalidate();
                }
            }

            state.Applied = true;
        }
        finally
        {
            state.Gate.Release();
        }
    }
}
