using Commerce.Cli.Tests.Infrastructure;

namespace Commerce.Cli.Tests;

public sealed class PostgresCliTests
{
    [PostgresFact]
    public async Task Tenants_features_and_recipes_work_on_postgres()
    {
        await using var cli = CliSandbox.Postgres(PostgresServer.Require());

        var created = await cli.RunAsync("tenants", "create", "--name", "Shanghai", "--prefix", "shanghai", "--api-key", "shanghai-test-key-0123456789", "--json");

        Assert.True(created.ExitCode == 0, created.ToString());
        var tenant = created.Json();
        Assert.Equal("PostgreSql", tenant.GetProperty("databaseProvider").GetString());
        Assert.Equal("tenant_shanghai", tenant.GetProperty("schema").GetString());
        Assert.Equal(["Default", "Shanghai"], (await cli.RunAsync("tenants", "list", "--json")).Json().Names());

        var refused = await cli.RunAsync("features", "disable", "Commerce.Storefront", "--tenant", "Shanghai", "--json");
        Assert.Equal(2, refused.ExitCode);
        Assert.Equal(["Commerce.Announcements"], refused.Json().Strings("related"));

        var cascade = await cli.RunAsync("features", "disable", "Commerce.Storefront", "--tenant", "Shanghai", "--cascade", "--json");
        Assert.True(cascade.ExitCode == 0, cascade.ToString());
        Assert.Equal(["Commerce.Announcements", "Commerce.Storefront"], cascade.Json().Strings("disabled"));

        var run = await cli.RunAsync("recipes", "run", "default", "--tenant", "Shanghai");
        Assert.True(run.ExitCode == 0, run.ToString());

        var hide = await cli.RunAsync("features", "hide", "Commerce.Announcements", "--tenant", "Shanghai", "--json");
        Assert.True(hide.ExitCode == 0, hide.ToString());
        var features = (await cli.RunAsync("features", "list", "--tenant", "Shanghai", "--json")).Json();
        Assert.True(features.Feature("Commerce.Storefront").Flag("enabled"));
        Assert.True(features.Feature("Commerce.Announcements").Flag("hidden"));
    }
}
