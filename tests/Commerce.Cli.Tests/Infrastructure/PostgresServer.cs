namespace Commerce.Cli.Tests.Infrastructure;

/// <summary>The PostgreSQL server tests may use, from the environment.</summary>
public static class PostgresServer
{
    /// <summary>A server connection string without a database, e.g. <c>Host=127.0.0.1;Port=55432;Username=postgres</c>.</summary>
    public static string? ConnectionString =>
        Environment.GetEnvironmentVariable("COMMERCE_TEST_POSTGRES") is { Length: > 0 } value ? value : null;

    /// <summary>True when CI demands the PostgreSQL tests run (<c>COMMERCE_REQUIRE_POSTGRES=1</c>).</summary>
    public static bool Required => Environment.GetEnvironmentVariable("COMMERCE_REQUIRE_POSTGRES") == "1";

    /// <summary>The server to use; fails the test when it is required and missing.</summary>
    public static string Require() => ConnectionString
        ?? throw new Xunit.Sdk.XunitException("COMMERCE_REQUIRE_POSTGRES=1 but COMMERCE_TEST_POSTGRES is empty: set it to a PostgreSQL connection string.");
}
