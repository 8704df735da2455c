namespace Commerce.Web.Tests.Infrastructure;

/// <summary>
/// A fact that needs a PostgreSQL server (<c>COMMERCE_TEST_POSTGRES</c>). Without one it is reported as skipped with
/// that reason, never silently passed; with <c>COMMERCE_REQUIRE_POSTGRES=1</c> (the README's test command) it runs.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (Providers.PostgresServer is null && !Providers.PostgresRequired)
        {
            Skip = "PostgreSQL not configured: set COMMERCE_TEST_POSTGRES";
        }
    }
}
