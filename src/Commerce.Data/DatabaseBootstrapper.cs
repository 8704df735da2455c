using Microsoft.Data.Sqlite;
using Npgsql;

namespace Commerce.Data;

/// <summary>Makes sure a database location can be opened: the SQLite folder and WAL mode, or the PostgreSQL database and schema.</summary>
public static class DatabaseBootstrapper
{
    public static async Task EnsureExistsAsync(DatabaseLocation location, CancellationToken cancellationToken = default)
    {
        if (location.IsSqlite)
        {
            var file = new SqliteConnectionStringBuilder(location.ConnectionString).DataSource;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
            await using var connection = new SqliteConnection(location.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            // WAL lets the host read while the CLI or another process writes.
            command.CommandText = "PRAGMA journal_mode=WAL;";
            await command.ExecuteNonQueryAsync(cancellationToken);
            return;
        }

        await EnsurePostgresDatabaseAsync(location.ConnectionString, cancellationToken);
        await using var pg = new NpgsqlConnection(location.ConnectionString);
        await pg.OpenAsync(cancellationToken);
        await using var create = pg.CreateCommand();
        create.CommandText = $"CREATE SCHEMA IF NOT EXISTS \"{location.Schema!.Replace("\"", "\"\"")}\"";
        try
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.DuplicateSchema)
        {
            // Another process created it between the check and the create.
        }
    }

    private static async Task EnsurePostgresDatabaseAsync(string connectionString, CancellationToken cancellationToken)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        var database = target.Database;
        if (string.IsNullOrEmpty(database))
        {
            return;
        }

        var maintenance = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", SearchPath = null, Pooling = false };
        await using var connection = new NpgsqlConnection(maintenance.ToString());
        await connection.OpenAsync(cancellationToken);
        await using var exists = connection.CreateCommand();
        exists.CommandText = "SELECT 1 FROM pg_database WHERE datname = $1";
        exists.Parameters.Add(new NpgsqlParameter { Value = database });
        if (await exists.ExecuteScalarAsync(cancellationToken) is not null)
        {
            return;
        }

        await using var create = connection.CreateCommand();
        create.CommandText = $"CREATE DATABASE \"{database.Replace("\"", "\"\"")}\"";
        try
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.DuplicateDatabase or PostgresErrorCodes.UniqueViolation)
        {
            // Created concurrently by another process.
        }
    }
}
