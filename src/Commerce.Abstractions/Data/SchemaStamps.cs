using System.Collections.Concurrent;
using System.Data.Common;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Commerce.Data;

/// <summary>
/// Skips EF Core's migration check when a database already has a context's latest migration. EF's check builds the
/// migrations pipeline, takes the migration lock and reads the history table for every context on every start; a
/// stamp row (<c>commerce_schema_stamps</c>: context name and the id of its newest migration, written after a
/// successful migration) answers the same question with one small query, which keeps those costs off a start.
/// </summary>
/// <remarks>
/// The table is created with plain SQL that SQLite and PostgreSQL share, so it works in the host database and in every
/// tenant database without a migration of its own. A module upgrade ships a newer migration id, which no stamp
/// matches, so it migrates as before.
/// </remarks>
public static class SchemaStamps
{
    private const string Table = "commerce_schema_stamps";

    private static readonly ConcurrentDictionary<Type, string?> Latest = new();

    /// <summary>Migrates <paramref name="context"/>'s database unless its stamp says it is current.</summary>
    public static async Task MigrateAsync(DbContext context, CancellationToken cancellationToken = default)
    {
        var type = context.GetType();
        var latest = LatestOf(type);
        if (latest is not null && await ReadAsync(context, type.Name, cancellationToken) == latest)
        {
            return;
        }

        await context.Database.MigrateAsync(cancellationToken);
        if (latest is not null)
        {
            await RecordAsync(context, type.Name, latest, cancellationToken);
        }
    }

    /// <summary>The id of <paramref name="context"/>'s newest migration, read once per process.</summary>
    public static string? LatestOf(Type context) => Latest.GetOrAdd(context, LatestMigrationOf);

    /// <summary>
    /// Every stamp in the database of an open <paramref name="connection"/>, by name; empty when none was written yet. One
    /// query for a whole shell, so a start can tell which migrations have work to do before it creates their contexts.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, string>> ReadAllAsync(DbConnection connection, bool sqlite, CancellationToken cancellationToken = default)
    {
        var stamps = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!await TableExistsAsync(connection, sqlite, cancellationToken))
        {
            return stamps;
        }

        await using var read = connection.CreateCommand();
        read.CommandText = $"SELECT context, migration FROM {Table}";
        await using var reader = await read.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            stamps[reader.GetString(0)] = reader.GetString(1);
        }

        return stamps;
    }

    /// <summary>
    /// Records that <paramref name="name"/> is at <paramref name="version"/> in the database <paramref name="context"/>
    /// points at. Besides the contexts' own stamps, a data step (seeding built-in rows) records its version this way.
    /// </summary>
    public static Task RecordAsync(DbContext context, string name, string version, CancellationToken cancellationToken = default) =>
        WithConnectionAsync<object?>(context, async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText =
                $"CREATE TABLE IF NOT EXISTS {Table} (context varchar(200) NOT NULL PRIMARY KEY, migration varchar(150) NOT NULL); " +
                $"INSERT INTO {Table} (context, migration) VALUES (@context, @migration) " +
                "ON CONFLICT (context) DO UPDATE SET migration = excluded.migration";
            AddParameter(command, "@context", name);
            AddParameter(command, "@migration", version);
            await command.ExecuteNonQueryAsync(cancellationToken);
            return null;
        });

    /// <summary>The id of the newest migration declared for <paramref name="context"/> in its assembly, as EF Core orders them.</summary>
    public static string? LatestMigrationOf(Type context) => context.Assembly.GetTypes()
        .Where(t => t.GetCustomAttribute<DbContextAttribute>()?.ContextType == context)
        .Select(t => t.GetCustomAttribute<MigrationAttribute>()?.Id)
        .OfType<string>()
        .Order(StringComparer.OrdinalIgnoreCase)
        .LastOrDefault();

    private static async Task<string?> ReadAsync(DbContext context, string name, CancellationToken cancellationToken)
        => (await WithConnectionAsync(context, connection => ReadAllAsync(connection, IsSqlite(context), cancellationToken)))
            .GetValueOrDefault(name);

    private static async Task<bool> TableExistsAsync(DbConnection connection, bool sqlite, CancellationToken cancellationToken)
    {
        await using var check = connection.CreateCommand();
        check.CommandText = sqlite
            ? $"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '{Table}'"
            : $"SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = '{Table}'";
        return Convert.ToInt64(await check.ExecuteScalarAsync(cancellationToken)) != 0;
    }

    private static bool IsSqlite(DbContext context) => context.Database.ProviderName?.Contains("Sqlite", StringComparison.Ordinal) == true;

    private static async Task<T> WithConnectionAsync<T>(DbContext context, Func<DbConnection, Task<T>> work)
    {
        var connection = context.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync();
        }

        try
        {
            return await work(connection);
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }
    }

    private static void AddParameter(DbCommand command, string name, string value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
