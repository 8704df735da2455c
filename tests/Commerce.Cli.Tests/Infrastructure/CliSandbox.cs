using Microsoft.Data.Sqlite;
using Npgsql;

namespace Commerce.Cli.Tests.Infrastructure;

/// <summary>
/// A data folder of its own (and, for PostgreSQL, a database of its own) that the CLI runs against in-process;
/// both are removed on dispose.
/// </summary>
public sealed class CliSandbox : IAsyncDisposable
{
    private readonly string[] _globalOptions;
    private readonly string? _postgresDatabase;
    private readonly string? _postgresServer;

    private CliSandbox(string[] globalOptions, string dataPath, string? postgresServer, string? postgresDatabase)
    {
        _globalOptions = globalOptions;
        DataPath = dataPath;
        _postgresServer = postgresServer;
        _postgresDatabase = postgresDatabase;
    }

    public string DataPath { get; }

    public static CliSandbox Sqlite()
    {
        var dataPath = NewFolder();
        return new CliSandbox(["--data-path", dataPath, "--provider", "Sqlite"], dataPath, null, null);
    }

    /// <summary>A fresh database on <paramref name="server"/>; the engine creates it on first use.</summary>
    public static CliSandbox Postgres(string server)
    {
        var dataPath = NewFolder();
        var database = "commerce_cli_" + Guid.NewGuid().ToString("N");
        var connection = new NpgsqlConnectionStringBuilder(server) { Database = database }.ToString();
        return new CliSandbox(["--data-path", dataPath, "--provider", "PostgreSql", "--connection-string", connection], dataPath, server, database);
    }

    /// <summary>Runs the CLI with this sandbox's global options after <paramref name="args"/>.</summary>
    public async Task<CliResult> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await Program.RunAsync([.. args, .. _globalOptions], output, error);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Writes a file into the sandbox folder and returns its path.</summary>
    public string WriteFile(string name, string content)
    {
        var path = Path.Combine(DataPath, name);
        File.WriteAllText(path, content);
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(DataPath))
        {
            Directory.Delete(DataPath, recursive: true);
        }

        if (_postgresServer is not null)
        {
            NpgsqlConnection.ClearAllPools();
            var maintenance = new NpgsqlConnectionStringBuilder(_postgresServer) { Database = "postgres", Pooling = false };
            await using var connection = new NpgsqlConnection(maintenance.ToString());
            await connection.OpenAsync();
            await using var drop = connection.CreateCommand();
            drop.CommandText = $"DROP DATABASE IF EXISTS \"{_postgresDatabase}\" WITH (FORCE)";
            await drop.ExecuteNonQueryAsync();
        }
    }

    private static string NewFolder()
    {
        var path = Path.Combine(Path.GetTempPath(), "commerce-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }
}
