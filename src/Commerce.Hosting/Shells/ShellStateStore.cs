using Commerce.Data;
using Commerce.Data.Shell;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Hosting.Shells;

/// <summary>A tenant's stored feature set, with the version that guards it against concurrent writers.</summary>
public sealed record ShellState(IReadOnlyDictionary<string, bool> Features, long Version)
{
    /// <summary>Ids of the stored features.</summary>
    public IEnumerable<string> Enabled => Features.Keys;

    public IReadOnlySet<string> Hidden => Features.Where(f => f.Value).Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
}

/// <summary>Reads (with plain commands, <see cref="HostTableReader"/>) and writes (with EF Core) the host-owned tables in a tenant's database.</summary>
public static class ShellStateStore
{
    public static async Task MigrateAsync(DatabaseLocation location, CancellationToken cancellationToken = default)
    {
        await DatabaseBootstrapper.EnsureExistsAsync(location, cancellationToken);
        if (await HostTableReader.IsSchemaCurrentAsync(location, typeof(ShellStateDbContext), cancellationToken))
        {
            return;
        }

        await using var db = Open(location);
        await SchemaStamps.MigrateAsync(db, cancellationToken);
    }

    public static async Task<ShellState> LoadAsync(DatabaseLocation location, CancellationToken cancellationToken = default)
    {
        var (features, version) = await HostTableReader.ShellStateAsync(location, cancellationToken);
        return new ShellState(features, version);
    }

    /// <summary>
    /// Replaces the stored feature set, if nobody changed it since <paramref name="expectedVersion"/>.
    /// Returns false on a conflict, leaving the stored set as the other writer left it.
    /// </summary>
    public static async Task<bool> TrySaveAsync(
        DatabaseLocation location,
        long expectedVersion,
        IReadOnlyDictionary<string, bool> features,
        DateTimeOffset now,
        CancellationToken cancellationToken = default)
    {
        await using var db = Open(location);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var state = await db.State.FirstOrDefaultAsync(cancellationToken);
        if (state is null)
        {
            if (expectedVersion != 0)
            {
                return false;
            }

            state = new ShellStateRecord();
            db.State.Add(state);
        }
        else if (state.Version != expectedVersion)
        {
            return false;
        }

        state.Version = expectedVersion + 1;
        state.UpdatedUtc = now;
        var stored = await db.Features.ToListAsync(cancellationToken);
        db.Features.RemoveRange(stored.Where(f => !features.ContainsKey(f.FeatureId)));
        foreach (var (id, hidden) in features)
        {
            if (stored.FirstOrDefault(f => f.FeatureId == id) is { } existing)
            {
                existing.Hidden = hidden;
            }
            else
            {
                db.Features.Add(new ShellFeatureRecord { FeatureId = id, Hidden = hidden });
            }
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // The version row changed under us (concurrency token) or another writer inserted it first.
            return false;
        }
    }

    public static Task<Dictionary<string, string>> LoadSettingsAsync(DatabaseLocation location, CancellationToken cancellationToken = default)
        => HostTableReader.SettingsAsync(location, cancellationToken);

    public static async Task SaveSettingsAsync(DatabaseLocation location, IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken = default)
    {
        await using var db = Open(location);
        var keys = settings.Keys.ToList();
        var existing = await db.Settings.Where(s => keys.Contains(s.Key)).ToDictionaryAsync(s => s.Key, cancellationToken);
        foreach (var (key, value) in settings)
        {
            if (existing.TryGetValue(key, out var row))
            {
                row.Value = value;
            }
            else
            {
                db.Settings.Add(new TenantSettingRecord { Key = key, Value = value });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static ShellStateDbContext Open(DatabaseLocation location) => new(
        new DbContextOptionsBuilder<ShellStateDbContext>().UseLocation(location).Options);
}
