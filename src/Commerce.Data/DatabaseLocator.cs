using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Commerce.Data;

/// <summary>Works out where the host's registry and each tenant's data live, from <see cref="CommerceDataOptions"/>.</summary>
public sealed class DatabaseLocator
{
    private readonly CommerceDataOptions _options;

    public DatabaseLocator(IOptions<CommerceDataOptions> options, IHostEnvironment environment)
    {
        _options = options.Value;
        Provider = string.IsNullOrWhiteSpace(_options.Provider) ? DatabaseProvider.Sqlite : DatabaseProvider.Normalize(_options.Provider)
            ?? throw new InvalidOperationException(
                $"Commerce:Database:Provider is '{_options.Provider}'; use '{DatabaseProvider.Sqlite}' or '{DatabaseProvider.PostgreSql}'.");
        if (Provider == DatabaseProvider.PostgreSql && string.IsNullOrWhiteSpace(_options.ConnectionString))
        {
            throw new InvalidOperationException(
                "Commerce:Database:Provider is PostgreSql but Commerce:Database:ConnectionString is empty.");
        }

        DataPath = Path.GetFullPath(_options.DataPath, environment.ContentRootPath);
    }

    /// <summary>The absolute data folder.</summary>
    public string DataPath { get; }

    /// <summary>The configured provider, normalized.</summary>
    public string Provider { get; }

    /// <summary>The host's own database: the tenant registry.</summary>
    public DatabaseLocation Host() => Provider == DatabaseProvider.Sqlite
        ? Sqlite(Path.Combine(DataPath, "host.db"))
        : Postgres(_options.ConnectionString!, "commerce_host");

    /// <summary>The folder for a tenant's files (SQLite database, documents, indexes).</summary>
    public string TenantFolder(string tenantName) => Path.Combine(DataPath, "Sites", tenantName);

    /// <summary>
    /// A tenant's database: its own SQLite file, or its own schema on the configured PostgreSQL server
    /// unless the tenant names a connection string of its own.
    /// </summary>
    public DatabaseLocation ForTenant(string tenantName, string? provider = null, string? connectionString = null, string? schema = null)
    {
        var chosen = DatabaseProvider.Normalize(provider) ?? Provider;
        if (chosen == DatabaseProvider.Sqlite)
        {
            return Sqlite(Path.Combine(TenantFolder(tenantName), "commerce.db"));
        }

        var server = connectionString ?? _options.ConnectionString
            ?? throw new InvalidOperationException($"Tenant '{tenantName}' uses PostgreSql but no connection string is configured.");
        return Postgres(server, schema ?? DefaultSchema(tenantName));
    }

    /// <summary>The PostgreSQL schema a tenant gets when it names none: <c>tenant_</c> and its lower-cased name.</summary>
    public static string DefaultSchema(string tenantName) => "tenant_" + tenantName.ToLowerInvariant();

    private static DatabaseLocation Sqlite(string file) => new(
        DatabaseProvider.Sqlite,
        new SqliteConnectionStringBuilder { DataSource = file, Pooling = true, DefaultTimeout = 30 }.ToString(),
        null);

    private static DatabaseLocation Postgres(string server, string schema) => new(
        DatabaseProvider.PostgreSql,
        new NpgsqlConnectionStringBuilder(server) { SearchPath = schema }.ToString(),
        schema);
}
