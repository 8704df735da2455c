using Commerce.Cli.Tests.Infrastructure;

namespace Commerce.Cli.Tests;

public sealed class FeatureCommandTests
{
    [Fact]
    public async Task Disable_is_refused_while_a_feature_depends_on_it_and_cascades_on_request()
    {
        await using var cli = CliSandbox.Sqlite();

        var text = await cli.RunAsync("features", "disable", "Commerce.Storefront", "--tenant", "Default");

        Assert.Equal(2, text.ExitCode);
        Assert.Equal("", text.Output);
        Assert.Contains("needed by feature 'Commerce.Announcements'", text.Error);
        Assert.Contains("--cascade", text.Error);

        var json = await cli.RunAsync("features", "disable", "Commerce.Storefront", "--tenant", "Default", "--json");

        Assert.Equal(2, json.ExitCode);
        var problem = json.Json();
        Assert.Equal("HasDependents", problem.GetProperty("error").GetString());
        Assert.Equal(["Commerce.Announcements"], problem.Strings("related"));
        Assert.True((await ListAsync(cli)).Feature("Commerce.Storefront").Flag("enabled"));

        var cascade = await cli.RunAsync("features", "disable", "Commerce.Storefront", "--tenant", "Default", "--cascade", "--json");

        Assert.True(cascade.ExitCode == 0, cascade.ToString());
        Assert.Equal(["Commerce.Announcements", "Commerce.Storefront"], cascade.Json().Strings("disabled"));
        var features = await ListAsync(cli);
        Assert.False(features.Feature("Commerce.Storefront").Flag("enabled"));
        Assert.False(features.Feature("Commerce.Announcements").Flag("enabled"));

        var enable = await cli.RunAsync("features", "enable", "Commerce.Announcements", "--tenant", "Default", "--json");

        Assert.True(enable.ExitCode == 0, enable.ToString());
        Assert.Equal(["Commerce.Storefront", "Commerce.Announcements"], enable.Json().Strings("enabled"));
    }

    [Fact]
    public async Task Hide_and_show_keep_the_feature_enabled()
    {
        await using var cli = CliSandbox.Sqlite();

        var stampBefore = await StampAsync(cli);

        var hide = await cli.RunAsync("features", "hide", "Commerce.Announcements", "--tenant", "Default", "--json");

        Assert.True(hide.ExitCode == 0, hide.ToString());
        Assert.Equal(["Commerce.Announcements"], hide.Json().Strings("hidden"));
        var hidden = (await ListAsync(cli)).Feature("Commerce.Announcements");
        Assert.True(hidden.Flag("enabled"));
        Assert.True(hidden.Flag("hidden"));
        Assert.True(await StampAsync(cli) > stampBefore, "a running host polls the tenant's change stamp to follow the CLI");

        var show = await cli.RunAsync("features", "show", "Commerce.Announcements", "--tenant", "Default");

        Assert.True(show.ExitCode == 0, show.ToString());
        Assert.Contains("shown: Commerce.Announcements", show.Output);
        var shown = (await ListAsync(cli)).Feature("Commerce.Announcements");
        Assert.True(shown.Flag("enabled"));
        Assert.False(shown.Flag("hidden"));

        var again = await cli.RunAsync("features", "show", "Commerce.Announcements", "--tenant", "Default");
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("nothing to change", again.Output);
    }

    [Theory]
    [InlineData("hide", "Commerce.Tenants", "NotEnabled", "Shanghai")]
    [InlineData("enable", "Commerce.Nope", "UnknownFeature", "Default")]
    [InlineData("disable", "Commerce.Features", "AlwaysEnabled", "Default")]
    [InlineData("enable", "Commerce.Tenants", "DefaultTenantOnly", "Shanghai")]
    public async Task Refusals_say_why_and_exit_2(string command, string feature, string error, string tenant)
    {
        await using var cli = CliSandbox.Sqlite();
        if (tenant != "Default")
        {
            Assert.Equal(0, (await cli.RunAsync("tenants", "create", "--name", tenant, "--prefix", "sh", "--api-key", "shanghai-test-key-0123456789")).ExitCode);
        }

        var result = await cli.RunAsync("features", command, feature, "--tenant", tenant, "--json");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(error, result.Json().GetProperty("error").GetString());
    }

    [Fact]
    public async Task List_as_text_shows_state_and_flags()
    {
        await using var cli = CliSandbox.Sqlite();

        var list = await cli.RunAsync("features", "list", "--tenant", "Default");

        Assert.Equal(0, list.ExitCode);
        var features = list.Output.Split('\n').Where(l => l.Contains("Commerce.")).ToList();
        Assert.Contains(features, l => l.Contains("Commerce.Features") && l.Contains("always enabled"));
        Assert.Contains(features, l => l.TrimStart().StartsWith("Commerce.Announcements") && l.Contains("enabled") && l.Contains("Commerce.Storefront"));
    }

    private static async Task<long> StampAsync(CliSandbox cli)
        => (await cli.RunAsync("tenants", "list", "--json")).Json().EnumerateArray()
            .Single(t => t.GetProperty("name").GetString() == "Default").GetProperty("stamp").GetInt64();

    private static async Task<System.Text.Json.JsonElement> ListAsync(CliSandbox cli)
    {
        var list = await cli.RunAsync("features", "list", "--tenant", "Default", "--json");
        Assert.True(list.ExitCode == 0, list.ToString());
        return list.Json();
    }
}
