using Commerce.Cli.Tests.Infrastructure;

namespace Commerce.Cli.Tests;

public sealed class TenantCommandTests
{
    private const string ApiKey = "shanghai-test-key-0123456789";

    [Fact]
    public async Task Create_then_list_shows_the_new_tenant_set_up_from_its_recipe()
    {
        await using var cli = CliSandbox.Sqlite();

        var created = await cli.RunAsync("tenants", "create", "--name", "Shanghai", "--prefix", "shanghai", "--api-key", ApiKey, "--json");

        Assert.True(created.ExitCode == 0, created.ToString());
        var tenant = created.Json();
        Assert.Equal("Shanghai", tenant.GetProperty("name").GetString());
        Assert.Equal("shanghai", tenant.GetProperty("requestUrlPrefix").GetString());
        Assert.Equal("Running", tenant.GetProperty("state").GetString());
        Assert.Equal("Sqlite", tenant.GetProperty("databaseProvider").GetString());

        var list = await cli.RunAsync("tenants", "list", "--json");
        Assert.True(list.ExitCode == 0, list.ToString());
        Assert.Equal(["Default", "Shanghai"], list.Json().Names());
        Assert.True(File.Exists(Path.Combine(cli.DataPath, "Sites", "Shanghai", "commerce.db")));

        // The default recipe ran; its Default-tenant-only feature was left out.
        var features = (await cli.RunAsync("features", "list", "--tenant", "Shanghai", "--json")).Json();
        Assert.True(features.Feature("Commerce.Announcements").Flag("enabled"));
        Assert.DoesNotContain(features.EnumerateArray(), f => f.GetProperty("id").GetString() == "Commerce.Tenants");
    }

    [Fact]
    public async Task List_as_text_is_a_table_on_stdout()
    {
        await using var cli = CliSandbox.Sqlite();

        var list = await cli.RunAsync("tenants", "list");

        Assert.Equal(0, list.ExitCode);
        Assert.Contains("Name", list.Output);
        Assert.Contains(list.Output.Split('\n'), line => line.Contains("Default") && line.Contains("Running"));
    }

    [Fact]
    public async Task Create_with_bad_fields_names_each_field_and_creates_nothing()
    {
        await using var cli = CliSandbox.Sqlite();

        var text = await cli.RunAsync("tenants", "create", "--name", "9lives", "--prefix", "admin", "--api-key", "short");

        Assert.Equal(2, text.ExitCode);
        Assert.Equal("", text.Output);
        Assert.Contains("--name: Use 1 to 64 letters", text.Error);
        Assert.Contains("--prefix: 'admin' is reserved", text.Error);
        Assert.Contains("--api-key: An API key of at least 16 characters", text.Error);

        var json = await cli.RunAsync("tenants", "create", "--name", "Hangzhou", "--api-key", ApiKey, "--json");

        Assert.Equal(2, json.ExitCode);
        var problem = json.Json();
        Assert.Equal("ValidationFailed", problem.GetProperty("error").GetString());
        Assert.Equal(["requestUrlPrefix"], problem.GetProperty("errors").EnumerateObject().Select(p => p.Name));
        Assert.Equal(["Default"], (await cli.RunAsync("tenants", "list", "--json")).Json().Names());
    }

    [Fact]
    public async Task Create_with_a_taken_name_is_refused()
    {
        await using var cli = CliSandbox.Sqlite();
        Assert.Equal(0, (await cli.RunAsync("tenants", "create", "--name", "Shanghai", "--prefix", "shanghai", "--api-key", ApiKey)).ExitCode);

        var again = await cli.RunAsync("tenants", "create", "--name", "Shanghai", "--prefix", "other", "--api-key", ApiKey, "--json");

        Assert.Equal(2, again.ExitCode);
        Assert.Equal("NameTaken", again.Json().GetProperty("error").GetString());
    }

    [Fact]
    public async Task Create_with_an_unknown_recipe_is_refused_before_anything_is_registered()
    {
        await using var cli = CliSandbox.Sqlite();

        var result = await cli.RunAsync("tenants", "create", "--name", "Tea", "--prefix", "tea", "--recipe", "nope", "--api-key", ApiKey);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--recipe: No recipe is named 'nope'; recipes: blank, default.", result.Error);
        Assert.Equal(["Default"], (await cli.RunAsync("tenants", "list", "--json")).Json().Names());
        Assert.False(Directory.Exists(Path.Combine(cli.DataPath, "Sites", "Tea")));
    }
}
