using Commerce.Data;
using Commerce.Security;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Identity.Data;

/// <summary>
/// After the schema: makes sure the built-in roles exist, and that the tenant's Data Protection key ring has a
/// key, created once here (at set-up, in one process) rather than racing on the first request of several hosts.
/// </summary>
internal sealed class IdentitySetupMigration(RoleManager<IdentityRole> roles, IdentityDataContext db, IDataProtectionProvider protection) : IShellMigration
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        // Runs on every first activation of a shell in a process, so it reads everything in two small queries.
        var existing = await db.Roles.AsNoTracking().Select(r => r.Name).ToListAsync(cancellationToken);
        foreach (var name in RoleNames.BuiltIn.Except(existing.OfType<string>()))
        {
            try
            {
                await roles.CreateAsync(new IdentityRole(name));
            }
            catch (DbUpdateException)
            {
                // Another process created it at the same moment.
                db.ChangeTracker.Clear();
            }
        }

        if (!await db.DataProtectionKeys.AnyAsync(cancellationToken))
        {
            protection.CreateProtector("Commerce.Identity.KeyRing").Protect("ready"u8.ToArray());
        }
    }
}
