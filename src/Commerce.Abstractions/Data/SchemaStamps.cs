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
        var latest = Latest.GetOrAdd(type, LatestMigrationOf);
        if (latest is not null && await ReadAsync(context, type.Name, cancellationToken) == latest)
        {
            return;
        }

        await context.Database.MigrateAsync(cancellationToken);
        if (latest is not null)
        {
            await WriteAsync(context, type.Name, latest, cancellationToken);
        }
    }

    /// <summary>The id of the newest migration declared for <paramref name="context"/> in its assembly, as EF Core orders them.</summary>
    public static string? LatestMigrationOf(Type context) => context.Assembly.GetTypes()
        .Where(t => t.GetCustomAttribute<DbContextAttribute>()?.ContextType == context)
        .Select(t => t.GetCustomAttribute<MigrationAttribute>()?.Id)
        .OfType<string>()
        .Order(StringComparer.OrdinalIgnoreCase)
        .LastOrDefault();

    private static async Task<string?> ReadAsync(DbContext context, string name, CancellationToken cancellationToken)
    {
        var sqlite = context.Database.ProviderName?.Contains("Sqlite", StringComparison.Ordinal) == true;
        var exists = sqlite
            ? $"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '{Table}'"
            : $"SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = '{Table}'";
        return await WithConnectionAsync(context, async connection =>
        {
            await using var check = connection.CreateCommand();
            check.CommandText = exists;
            if (Convert.ToInt64(await check.ExecuteScalarAsync(cancellationToken)) == 0)
            {
                return null;
            }

            await using var read = connection.CreateCommand();
            read.CommandText = $"SELECT migration FROM {Table} WHERE context = @context";
            AddParameter(read, "@context", name);
            return await read.ExecuteScalarAsync(cancellationToken) as string;
        });
    }

    private static Task WriteAsync(DbContext context, string name, string migration, CancellationToken cancellationToken) =>
        WithConnectionAsync<object?>(context, async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText =
                $"CREATE TABLE IF NOT EXISTS {Table} (context varchar(200) NOT NULL PRIMARY KEY, migration varchar(150) NOT NULL); " +
                $"INSERT INTO {Table} (context, migration) VALUES (@context, @migration) " +
                "ON CONFLICT (context) DO UPDATE SET migration = excluded.migration";
            AddParameter(command, "@context", name);
            AddParameter(command, "@migration", migration);
            await command.ExecuteNonQueryAsync(cancellationToken);
            return null;
        });

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
