using Commerce.Cli.Tests.Infrastructure;

namespace Commerce.Cli.Tests;

public sealed class RecipeCommandTests
{
    [Fact]
    public async Task A_recipe_file_with_an_unknown_step_fails_with_a_clear_error()
    {
        await using var cli = CliSandbox.Sqlite();
        var path = cli.WriteFile("broken.recipe.json", """
            {
              "name": "broken",
              "features": { "enable": ["Commerce.Announcements"] },
              "steps": [ { "name": "no-such-step" } ]
            }
            """);

        var text = await cli.RunAsync("recipes", "run", path, "--tenant", "Default");

        Assert.NotEqual(0, text.ExitCode);
        Assert.Equal("", text.Output);
        Assert.Contains("Recipe 'broken': step 1 'no-such-step' is not known", text.Error);

        var json = await cli.RunAsync("recipes", "run", path, "--tenant", "Default", "--json");

        Assert.NotEqual(0, json.ExitCode);
        var problem = json.Json();
        Assert.Equal("RecipeFailed", problem.GetProperty("error").GetString());
        Assert.Contains("no-such-step", problem.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_recipe_file_sets_features_and_visibility()
    {
        await using var cli = CliSandbox.Sqlite();
        Assert.Equal(0, (await cli.RunAsync("features", "disable", "Commerce.Storefront", "--cascade", "--tenant", "Default")).ExitCode);
        var path = cli.WriteFile("quiet.recipe.json", """
            {
              // Comments and trailing commas are allowed, as in the host's recipes.
              "name": "quiet",
              "features": { "enable": ["Commerce.Announcements"], "hide": ["Commerce.Announcements"], },
            }
            """);

        var run = await cli.RunAsync("recipes", "run", path, "--tenant", "Default", "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("quiet", run.Json().GetProperty("recipe").GetString());
        var features = (await cli.RunAsync("features", "list", "--tenant", "Default", "--json")).Json();
        Assert.True(features.Feature("Commerce.Storefront").Flag("enabled"));
        Assert.True(features.Feature("Commerce.Announcements").Flag("hidden"));
    }

    [Fact]
    public async Task A_recipe_of_the_catalog_runs_by_name()
    {
        await using var cli = CliSandbox.Sqlite();
        Assert.Equal(0, (await cli.RunAsync("features", "disable", "Commerce.Announcements", "--tenant", "Default")).ExitCode);

        var run = await cli.RunAsync("recipes", "run", "default", "--tenant", "Default");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Ran recipe 'default' on tenant 'Default'.", run.Output);
        var features = (await cli.RunAsync("features", "list", "--tenant", "Default", "--json")).Json();
        Assert.True(features.Feature("Commerce.Announcements").Flag("enabled"));

        var list = await cli.RunAsync("recipes", "list", "--json");
        Assert.Equal(["blank", "default"], list.Json().Names());
    }

    [Theory]
    [InlineData("missing.recipe.json", "RecipeNotFound", "does not exist")]
    [InlineData("no-such-recipe", "RecipeNotFound", "Recipes: blank, default")]
    [InlineData("bad.recipe.json", "InvalidRecipe", "is not valid JSON")]
    public async Task A_recipe_that_cannot_be_read_changes_nothing_and_exits_2(string recipe, string error, string message)
    {
        await using var cli = CliSandbox.Sqlite();
        cli.WriteFile("bad.recipe.json", """{ "name": "bad", "features": { "enable": "not-a-list" } }""");
        var argument = recipe.EndsWith(".json", StringComparison.Ordinal) ? Path.Combine(cli.DataPath, recipe) : recipe;

        var result = await cli.RunAsync("recipes", "run", argument, "--tenant", "Default", "--json");

        Assert.Equal(2, result.ExitCode);
        var problem = result.Json();
        Assert.Equal(error, problem.GetProperty("error").GetString());
        Assert.Contains(message, problem.GetProperty("message").GetString());
    }
}
