using Commerce.Data;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Commerce.Web.Tests.Infrastructure;

/// <summary>
/// A fresh, empty place for a host's data: a temporary folder and, for PostgreSQL, a database of its own on
/// the test server. Several hosts (in-process or real processes) can share one store.
/// </summary>
public sealed class TestStore : IAsyncDisposable
{
    private TestStore(string provider, string dataPath, string? connectionString)
    {
        Provider = provider;
        DataPath = dataPath;
        ConnectionString = connectionString;
    }

    public string Provider { get; }

    public string DataPath { get; }

    public string? ConnectionString { get; }

    public static TestStore Create(string provider)
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "commerce-tests", Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(dataPath);
        if (provider == DatabaseProvider.Sqlite)
        {
            return new TestStore(provider, dataPath, null);
        }

        var server = Providers.PostgresServer
            ?? throw new InvalidOperationException("COMMERCE_REQUIRE_POSTGRES=1 but COMMERCE_TEST_POSTGRES names no PostgreSQL server.");
        var connection = new NpgsqlConnectionStringBuilder(server) { Database = "commerce_t_" + Guid.NewGuid().ToString("n")[..16] };
        return new TestStore(provider, dataPath, connection.ToString());
    }

    /// <summary>The configuration a host needs to use this store, as key/value pairs.</summary>
    public IEnumerable<KeyValuePair<string, string?>> Settings()
    {
        yield return new("Commerce:DataPath", DataPath);
        yield return new("Commerce:Database:Provider", Provider);
        yield return new("Commerce:Database:ConnectionString", ConnectionString ?? "");
    }

    public async ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        if (ConnectionString is not null)
        {
            NpgsqlConnection.ClearAllPools();
            var maintenance = new NpgsqlConnectionStringBuilder(ConnectionString) { Database = "postgres", Pooling = false };
            var database = new NpgsqlConnectionStringBuilder(ConnectionString).Database;
            await using var connection = new NpgsqlConnection(maintenance.ToString());
            await connection.OpenAsync();
            await using var drop = connection.CreateCommand();
            drop.CommandText = $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)";
            await drop.ExecuteNonQueryAsync();
        }

        try
        {
            Directory.Delete(DataPath, recursive: true);
        }
        catch (IOException)
        {
            // A process may still hold a file for a moment; the folder is under the temp path anyway.
        }
    }
}
