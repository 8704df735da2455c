using Commerce.Data;
using Commerce.Data.Host;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Hosting.Tenants;

/// <summary>Reads and writes the host's tenant registry, which every host process and the CLI share.</summary>
public sealed class TenantRegistry(DatabaseLocator locator)
{
    private int _created;

    public async Task EnsureCreatedAsync(CancellationToken cancellationToken = default)
    {
        if (Volatile.Read(ref _created) == 1)
        {
            return;
        }

        var host = locator.Host();
        await DatabaseBootstrapper.EnsureExistsAsync(host, cancellationToken);
        if (!await HostTableReader.IsSchemaCurrentAsync(host, typeof(HostDbContext), cancellationToken))
        {
            await using var db = Open();
            await SchemaStamps.MigrateAsync(db, cancellationToken);
        }

        Volatile.Write(ref _created, 1);
    }

    // Reads go through plain commands (HostTableReader): they run on every start and every poll. Writes use EF Core.

    public async Task<IReadOnlyList<TenantRecord>> ListAsync(CancellationToken cancellationToken = default)
        => await HostTableReader.TenantsAsync(locator.Host(), cancellationToken);

    public Task<TenantRecord?> FindAsync(string name, CancellationToken cancellationToken = default)
        => HostTableReader.TenantAsync(locator.Host(), name, cancellationToken);

    /// <summary>
    /// Every tenant's next job due time, as a shell last recorded it: null while unknown (no shell has run the tenant's
    /// jobs since it was created or changed), <see cref="DateTimeOffset.MaxValue"/> when no job may wake it.
    /// </summary>
    public async Task<Dictionary<string, DateTimeOffset?>> JobDueTimesAsync(CancellationToken cancellationToken = default)
        => (await HostTableReader.JobDueTimesAsync(locator.Host(), cancellationToken))
            .ToDictionary(t => t.Key, t => t.Value is { } ticks ? FromTicks(ticks) : (DateTimeOffset?)null, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Records when the tenant's next background job is due, without bumping its change stamp;
    /// <see cref="DateTimeOffset.MaxValue"/> when none of its jobs may wake it (only jobs that run while its shell is built).
    /// </summary>
    public async Task SetJobDueAsync(string name, DateTimeOffset due, CancellationToken cancellationToken = default)
    {
        await using var db = Open();
        var ticks = due.UtcTicks;
        await db.Tenants.Where(t => t.Name == name).ExecuteUpdateAsync(set => set.SetProperty(t => t.NextJobDueTicks, ticks), cancellationToken);
    }

    /// <summary>The change stamp of every tenant: one cheap query, polled by every host.</summary>
    public Task<Dictionary<string, long>> StampsAsync(CancellationToken cancellationToken = default)
        => HostTableReader.TenantStampsAsync(locator.Host(), cancellationToken);

    /// <summary>
    /// Adds a tenant; false when the name is taken, ignoring case (tenants are looked up without regard to
    /// case, and their folders may live on a case-insensitive file system).
    /// </summary>
    public async Task<bool> TryAddAsync(TenantRecord tenant, CancellationToken cancellationToken = default)
    {
        await using var db = Open();
        var lower = tenant.Name.ToLowerInvariant();
        if (await db.Tenants.AnyAsync(t => t.Name.ToLower() == lower, cancellationToken))
        {
            return false;
        }

        db.Tenants.Add(tenant);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another process added the same name between the check and the insert.
            return false;
        }
    }

    /// <summary>Changes a tenant's row; the stamp is bumped so every host rebuilds the tenant's shell.</summary>
    public async Task<long> UpdateAsync(string name, Action<TenantRecord> change, CancellationToken cancellationToken = default)
    {
        for (var attempt = 0; ; attempt++)
        {
            await using var db = Open();
            var tenant = await db.Tenants.FirstAsync(t => t.Name == name, cancellationToken);
            change(tenant);
            tenant.Stamp++;
            // A change may add, remove or reschedule jobs (features, the time zone): the due time is unknown again,
            // so the job host builds the shell at its next poll and the new shell records it.
            tenant.NextJobDueTicks = null;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return tenant.Stamp;
            }
            catch (DbUpdateConcurrencyException) when (attempt < 10)
            {
                // Someone else bumped the stamp; apply the change again on the fresh row.
            }
        }
    }

    public async Task DeleteAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var db = Open();
        await db.Tenants.Where(t => t.Name == name).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>Marks the tenant as changed, so every host rebuilds its shell. Returns the new stamp.</summary>
    public Task<long> BumpStampAsync(string name, CancellationToken cancellationToken = default)
        => UpdateAsync(name, _ => { }, cancellationToken);

    private static DateTimeOffset FromTicks(long ticks)
        => ticks >= DateTimeOffset.MaxValue.UtcTicks ? DateTimeOffset.MaxValue : new DateTimeOffset(Math.Max(ticks, 0), TimeSpan.Zero);

    private HostDbContext Open() => new(
        new DbContextOptionsBuilder<HostDbContext>().UseLocation(locator.Host()).Options);
}
