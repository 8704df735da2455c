using Commerce.Cli.Tests.Infrastructure;

namespace Commerce.Cli.Tests;

public sealed class BadInputTests
{
    [Theory]
    [InlineData("features", "list")]
    [InlineData("features", "disable", "Commerce.Storefront")]
    [InlineData("recipes", "run", "default")]
    public async Task A_missing_tenant_option_is_named(params string[] args)
    {
        await using var cli = CliSandbox.Sqlite();

        var result = await cli.RunAsync(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.Contains("--tenant", result.Error);
        Assert.Contains("--help", result.Error);
    }

    [Fact]
    public async Task A_missing_tenant_option_with_json_is_a_json_problem()
    {
        await using var cli = CliSandbox.Sqlite();

        var result = await cli.RunAsync("features", "list", "--json");

        Assert.Equal(2, result.ExitCode);
        var problem = result.Json();
        Assert.Equal("InvalidArguments", problem.GetProperty("error").GetString());
        Assert.Contains("--tenant", problem.GetProperty("message").GetString());
    }

    [Fact]
    public async Task An_unknown_tenant_is_named_with_the_existing_ones()
    {
        await using var cli = CliSandbox.Sqlite();

        var text = await cli.RunAsync("features", "enable", "Commerce.Storefront", "--tenant", "Nope");

        Assert.Equal(2, text.ExitCode);
        Assert.Contains("Tenant 'Nope' does not exist. Tenants: Default.", text.Error);

        var json = await cli.RunAsync("recipes", "run", "default", "--tenant", "Nope", "--json");

        Assert.Equal(2, json.ExitCode);
        Assert.Equal("UnknownTenant", json.Json().GetProperty("error").GetString());
    }

    [Fact]
    public async Task A_tenant_name_matches_regardless_of_case()
    {
        await using var cli = CliSandbox.Sqlite();

        var result = await cli.RunAsync("features", "list", "--tenant", "default", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
    }

    [Theory]
    [InlineData]
    [InlineData("features")]
    [InlineData("tenants", "remove")]
    [InlineData("features", "enable", "--tenant", "Default")]
    [InlineData("features", "hide", "Commerce.Storefront", "--tenant", "Default", "--cascade")]
    [InlineData("tenants", "list", "--provider", "MySql")]
    public async Task Malformed_command_lines_exit_2_without_touching_data(params string[] args)
    {
        await using var cli = CliSandbox.Sqlite();

        var result = await cli.RunAsync(args);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.StartsWith("error: ", result.Error);
        Assert.False(File.Exists(Path.Combine(cli.DataPath, "host.db")));
    }
}
