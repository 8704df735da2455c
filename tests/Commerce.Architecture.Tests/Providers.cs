using Commerce.Data;

namespace Commerce.Architecture.Tests;

/// <summary>
/// The database providers the tests run on: SQLite always, PostgreSQL when <c>COMMERCE_TEST_POSTGRES</c> names a
/// server. <c>COMMERCE_REQUIRE_POSTGRES=1</c> (set by CI) makes a missing server fail the tests instead.
/// </summary>
public static class Providers
{
    public static string? PostgresServer => Environment.GetEnvironmentVariable("COMMERCE_TEST_POSTGRES") is { Length: > 0 } server ? server : null;

    public static IEnumerable<string> All => PostgresServer is not null || Environment.GetEnvironmentVariable("COMMERCE_REQUIRE_POSTGRES") == "1"
        ? [DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql]
        : [DatabaseProvider.Sqlite];
}
