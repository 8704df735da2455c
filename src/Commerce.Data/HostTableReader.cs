using System.Data.Common;
using Commerce.Data.Host;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Commerce.Data;

/// <summary>
/// Reads the host's own small tables (the tenant registry, a tenant's feature set, settings and schema stamps) with
/// plain commands. These reads run on every start before the first request can be served, and the registry's stamps are
/// polled every second: EF Core's first use in a process (its services, the model, each query's compilation) costs more
/// than half a second there, for a few rows. Writes, and the schema itself, stay with EF Core
/// (<see cref="HostDbContext"/>, <see cref="Shell.ShellStateDbContext"/>), whose table and column names these commands
/// follow; the tests read and write through both.
/// </summary>
public static class HostTableReader
{
    private const string TenantColumns =
        "\"Name\", \"State\", \"RequestUrlPrefix\", \"RequestUrlHost\", \"DatabaseProvider\", \"ConnectionString\", \"Schema\", \"RecipeName\", \"Stamp\", \"CreatedUtc\"";

    /// <summary>Opens a connection to <paramref name="location"/> without EF Core.</summary>
    public static async Task<DbConnection> OpenAsync(DatabaseLocation location, CancellationToken cancellationToken = default)
    {
        DbConnection connection = location.IsSqlite ? new SqliteConnection(location.ConnectionString) : new NpgsqlConnection(location.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            SqliteBusyTimeout.Apply(connection);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Every tenant, by name.</summary>
    public static Task<List<TenantRecord>> TenantsAsync(DatabaseLocation host, CancellationToken cancellationToken = default)
        => QueryAsync(host, $"SELECT {TenantColumns} FROM commerce_tenants ORDER BY \"Name\"", null, ReadTenant, cancellationToken);

    /// <summary>The tenant named <paramref name="name"/> (exactly), or null.</summary>
    public static async Task<TenantRecord?> TenantAsync(DatabaseLocation host, string name, CancellationToken cancellationToken = default)
        => (await QueryAsync(host, $"SELECT {TenantColumns} FROM commerce_tenants WHERE \"Name\" = @name", name, ReadTenant, cancellationToken))
            .FirstOrDefault();

    /// <summary>Every tenant's change stamp.</summary>
    public static async Task<Dictionary<string, long>> TenantStampsAsync(DatabaseLocation host, CancellationToken cancellationToken = default)
        => (await QueryAsync(host, "SELECT \"Name\", \"Stamp\" FROM commerce_tenants", null, r => (r.GetString(0), r.GetInt64(1)), cancellationToken))
            .ToDictionary(t => t.Item1, t => t.Item2);

    /// <summary>Every tenant's next job due time (UTC ticks), null where no shell has computed it yet.</summary>
    public static async Task<Dictionary<string, long?>> JobDueTimesAsync(DatabaseLocation host, CancellationToken cancellationToken = default)
        => (await QueryAsync(host, "SELECT \"Name\", \"NextJobDueTicks\" FROM commerce_tenants", null, r => (r.GetString(0), r.IsDBNull(1) ? (long?)null : r.GetInt64(1)), cancellationToken))
            .ToDictionary(t => t.Item1, t => t.Item2, StringComparer.OrdinalIgnoreCase);

    /// <summary>A tenant's stored features (id and whether hidden) and the version of that set (0 before the first save).</summary>
    public static async Task<(Dictionary<string, bool> Features, long Version)> ShellStateAsync(DatabaseLocation tenant, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(tenant, cancellationToken);
        var features = (await QueryAsync(connection, "SELECT \"FeatureId\", \"Hidden\" FROM commerce_shell_features", null,
                r => (r.GetString(0), r.GetBoolean(1)), cancellationToken))
            .ToDictionary(f => f.Item1, f => f.Item2, StringComparer.Ordinal);
        var version = (await QueryAsync(connection, "SELECT \"Version\" FROM commerce_shell_state", null, r => r.GetInt64(0), cancellationToken))
            .FirstOrDefault();
        return (features, version);
    }

    /// <summary>A tenant's settings.</summary>
    public static async Task<Dictionary<string, string>> SettingsAsync(DatabaseLocation tenant, CancellationToken cancellationToken = default)
        => (await QueryAsync(tenant, "SELECT \"Key\", \"Value\" FROM commerce_tenant_settings", null, r => (r.GetString(0), r.GetString(1)), cancellationToken))
            .ToDictionary(s => s.Item1, s => s.Item2, StringComparer.Ordinal);

    /// <summary>The schema stamps of the database at <paramref name="location"/> (see <see cref="SchemaStamps"/>).</summary>
    public static async Task<IReadOnlyDictionary<string, string>> SchemaStampsAsync(DatabaseLocation location, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(location, cancellationToken);
        return await SchemaStamps.ReadAllAsync(connection, location.IsSqlite, cancellationToken);
    }

    /// <summary>True when the database's stamp for <paramref name="context"/> names its newest migration: nothing to migrate.</summary>
    public static async Task<bool> IsSchemaCurrentAsync(DatabaseLocation location, Type context, CancellationToken cancellationToken = default)
        => (await SchemaStampsAsync(location, cancellationToken)).TryGetValue(context.Name, out var stamp)
            && stamp == SchemaStamps.LatestOf(context);

    private static TenantRecord ReadTenant(DbDataReader r) => new()
    {
        Name = r.GetString(0),
        State = r.GetString(1),
        RequestUrlPrefix = r.IsDBNull(2) ? null : r.GetString(2),
        RequestUrlHost = r.IsDBNull(3) ? null : r.GetString(3),
        DatabaseProvider = r.IsDBNull(4) ? null : r.GetString(4),
        ConnectionString = r.IsDBNull(5) ? null : r.GetString(5),
        Schema = r.IsDBNull(6) ? null : r.GetString(6),
        RecipeName = r.IsDBNull(7) ? null : r.GetString(7),
        Stamp = r.GetInt64(8),
        CreatedUtc = r.GetFieldValue<DateTimeOffset>(9),
    };

    private static async Task<List<T>> QueryAsync<T>(DatabaseLocation location, string sql, string? name, Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(location, cancellationToken);
        return await QueryAsync(connection, sql, name, read, cancellationToken);
    }

    private static async Task<List<T>> QueryAsync<T>(DbConnection connection, string sql, string? name, Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (name is not null)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@name";
            parameter.Value = name;
            command.Parameters.Add(parameter);
        }

        var rows = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
