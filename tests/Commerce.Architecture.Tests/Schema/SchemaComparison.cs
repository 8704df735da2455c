using Commerce.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Commerce.Architecture.Tests.Schema;

/// <summary>
/// Builds a context's schema twice on one provider, once by running its migrations and once from its model (EF Core's
/// create-tables), and reads both back with <see cref="SchemaReader"/>: the lines only one side has are the drift.
/// </summary>
public sealed record SchemaComparison(string Context, string Provider, IReadOnlyList<string> OnlyAfterMigrations, IReadOnlyList<string> OnlyInModel)
{
    public bool Matches => OnlyAfterMigrations.Count == 0 && OnlyInModel.Count == 0;

    public static async Task<SchemaComparison> RunAsync(Type context, string provider)
    {
        await using var store = SchemaStore.Create(provider);

        var migrated = store.Location("migrated");
        await DatabaseBootstrapper.EnsureExistsAsync(migrated);
        await using (var db = ModuleContexts.Create(context, migrated))
        {
            await db.Database.MigrateAsync();
        }

        var modelled = store.Location("modelled");
        await DatabaseBootstrapper.EnsureExistsAsync(modelled);
        await using (var db = ModuleContexts.Create(context, modelled))
        {
            await db.GetService<IRelationalDatabaseCreator>().CreateTablesAsync();
        }

        var fromMigrations = await store.ReadAsync(migrated);
        var fromModel = await store.ReadAsync(modelled);
        if (fromModel.Count == 0)
        {
            throw new InvalidOperationException($"{context.Name} on {provider}: the model created no table; the comparison would prove nothing.");
        }

        return new SchemaComparison(context.Name, provider, [.. fromMigrations.Except(fromModel)], [.. fromModel.Except(fromMigrations)]);
    }

    public override string ToString() => Matches
        ? $"{Context} on {Provider}: the migrations build the model's schema."
        : $"{Context} on {Provider}: the schema its migrations build differs from its model; add a migration (or fix the model)."
            + Environment.NewLine + string.Join(Environment.NewLine, OnlyAfterMigrations.Select(l => "  after the migrations only: " + l)
                .Concat(OnlyInModel.Select(l => "  in the model only:         " + l)));

    /// <summary>Two empty databases side by side: two SQLite files, or two schemas of a fresh PostgreSQL database.</summary>
    private sealed class SchemaStore : IAsyncDisposable
    {
        private readonly string _provider;
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "commerce-architecture-tests", Guid.NewGuid().ToString("n"));
        private readonly string? _server;

        private SchemaStore(string provider, string? server)
        {
            _provider = provider;
            _server = server;
        }

        public static SchemaStore Create(string provider) => provider == DatabaseProvider.Sqlite
            ? new SchemaStore(provider, null)
            : new SchemaStore(provider, new NpgsqlConnectionStringBuilder(Providers.PostgresServer
                ?? throw new InvalidOperationException("COMMERCE_REQUIRE_POSTGRES=1 but COMMERCE_TEST_POSTGRES names no PostgreSQL server."))
            { Database = "commerce_arch_" + Guid.NewGuid().ToString("n")[..16] }.ToString());

        public DatabaseLocation Location(string name) => _server is null
            ? new DatabaseLocation(_provider, new SqliteConnectionStringBuilder { DataSource = Path.Combine(_folder, name + ".db"), Pooling = false }.ToString(), null)
            : new DatabaseLocation(_provider, new NpgsqlConnectionStringBuilder(_server) { SearchPath = name }.ToString(), name);

        public Task<SortedSet<string>> ReadAsync(DatabaseLocation location) => location.IsSqlite
            ? SchemaReader.ReadSqliteAsync(location.ConnectionString)
            : SchemaReader.ReadPostgresAsync(location.ConnectionString, location.Schema!);

        public async ValueTask DisposeAsync()
        {
            if (_server is null)
            {
                SqliteConnection.ClearAllPools();
                try
                {
                    Directory.Delete(_folder, recursive: true);
                }
                catch (IOException)
                {
                    // Under the temp path anyway.
                }

                return;
            }

            NpgsqlConnection.ClearAllPools();
            var maintenance = new NpgsqlConnectionStringBuilder(_server) { Database = "postgres", Pooling = false };
            await using var connection = new NpgsqlConnection(maintenance.ToString());
            await connection.OpenAsync();
            await using var drop = connection.CreateCommand();
            drop.CommandText = $"DROP DATABASE IF EXISTS \"{new NpgsqlConnectionStringBuilder(_server).Database}\" WITH (FORCE)";
            await drop.ExecuteNonQueryAsync();
        }
    }
}
