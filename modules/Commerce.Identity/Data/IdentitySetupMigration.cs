using System.Security.Cryptography;
using System.Text;
using Commerce.Data;
using Commerce.Security;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Identity.Data;

/// <summary>
/// After the schema: makes sure the built-in roles exist, and that the tenant's Data Protection key ring has a
/// key, created once here (at set-up, in one process) rather than racing on the first request of several hosts.
/// </summary>
/// <remarks>
/// Done once per database and list of built-in roles: a schema stamp records it, so later activations skip it without
/// resolving the role manager or building the identity model. A release that adds a built-in role changes the
/// version and runs it again.
/// </remarks>
internal sealed class IdentitySetupMigration(IServiceProvider services, SchemaStampSnapshot snapshot) : IShellMigration
{
    /// <summary>The stamp's name in <c>commerce_schema_stamps</c>.</summary>
    public const string StampName = "Commerce.Identity.Setup";

    /// <summary>Changes with the list of built-in roles.</summary>
    public static readonly string Version = "roles-" + Convert.ToHexStringLower(
        SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', RoleNames.BuiltIn))))[..16];

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        if (snapshot.IsCurrent(StampName, Version))
        {
            return;
        }

        var db = services.GetRequiredService<IdentityDataContext>();
        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
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
            services.GetRequiredService<IDataProtectionProvider>().CreateProtector("Commerce.Identity.KeyRing").Protect("ready"u8.ToArray());
        }

        await SchemaStamps.RecordAsync(db, StampName, Version, cancellationToken);
    }
}
