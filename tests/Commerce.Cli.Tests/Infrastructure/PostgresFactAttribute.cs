namespace Commerce.Cli.Tests.Infrastructure;

/// <summary>
/// A fact that needs a PostgreSQL server (<c>COMMERCE_TEST_POSTGRES</c>). Without one it is reported as
/// skipped, never silently passed; with <c>COMMERCE_REQUIRE_POSTGRES=1</c> it runs and fails instead.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (PostgresServer.ConnectionString is null && !PostgresServer.Required)
        {
            Skip = "PostgreSQL not configured: set COMMERCE_TEST_POSTGRES";
        }
    }
}
