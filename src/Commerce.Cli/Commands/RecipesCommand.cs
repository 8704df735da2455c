using System.CommandLine;
using Commerce.Cli.Output;
using Commerce.Hosting.Recipes;
using Spectre.Console;

namespace Commerce.Cli.Commands;

/// <summary><c>recipes list</c> and <c>recipes run</c>.</summary>
internal static class RecipesCommand
{
    public static Command Build(CommandRunner runner)
    {
        var recipes = new Command("recipes", "List recipes and run one on a tenant.");
        recipes.Subcommands.Add(List(runner));
        recipes.Subcommands.Add(Run(runner));
        return recipes;
    }

    private static Command List(CommandRunner runner)
    {
        var list = new Command("list", "List the recipes of the host's Recipes folder and of the modules.");
        list.SetAction(runner.Action(cli =>
        {
            var catalog = cli.Get<RecipeCatalog>();
            var recipes = catalog.Names.Order(StringComparer.OrdinalIgnoreCase).Select(name => Describe(catalog, name)).ToList();
            if (cli.Console.Json)
            {
                cli.Console.WriteJson(recipes);
                return Task.FromResult(ExitCodes.Success);
            }

            var table = TableCells.Create("Name", "Display name", "Description");
            foreach (var r in recipes)
            {
                table.AddRow(TableCells.Of(r.Name, r.DisplayName, r.Description));
            }

            cli.Console.Table(table);
            return Task.FromResult(ExitCodes.Success);
        }));
        return list;
    }

    private static Command Run(CommandRunner runner)
    {
        var recipeArgument = new Argument<string>("recipe") { Description = "A recipe name (see 'recipes list') or the path of a .recipe.json file." };
        var tenant = new Option<string>("--tenant") { Description = "The tenant to run the recipe on.", Required = true };
        var run = new Command("run", "Run a recipe on a tenant: its features, theme, settings, then its steps in order.") { recipeArgument, tenant };
        run.SetAction(runner.Action(async cli =>
        {
            var record = await cli.FindTenantAsync(cli.Parse.GetValue(tenant)!);
            var (recipe, source) = Load(cli.Get<RecipeCatalog>(), cli.Parse.GetValue(recipeArgument)!);
            await cli.Get<RecipeRunner>().RunAsync(record.Name, recipe, cli.CancellationToken);
            if (cli.Console.Json)
            {
                cli.Console.WriteJson(new RecipeRunView(record.Name, recipe.Name, source));
            }
            else
            {
                cli.Console.Line($"Ran recipe '{recipe.Name}' on tenant '{record.Name}'.");
            }

            return ExitCodes.Success;
        }));
        return run;
    }

    /// <summary>
    /// Reads the recipe: a path when it looks like one, else a name of the catalog, else an existing file.
    /// Nothing has changed yet when this refuses.
    /// </summary>
    private static (Recipe Recipe, string? Source) Load(RecipeCatalog catalog, string nameOrPath)
    {
        var looksLikePath = nameOrPath.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
            || nameOrPath.Contains('/') || nameOrPath.Contains(Path.DirectorySeparatorChar);
        try
        {
            if (!looksLikePath && catalog.Find(nameOrPath) is { } named)
            {
                return (named, null);
            }

            if (File.Exists(nameOrPath))
            {
                var path = Path.GetFullPath(nameOrPath);
                return (Recipe.Parse(File.ReadAllText(path), path), path);
            }
        }
        catch (RecipeException e)
        {
            throw new CliUsageException("InvalidRecipe", e.Message);
        }

        throw looksLikePath
            ? new CliUsageException("RecipeNotFound", $"The recipe file '{Path.GetFullPath(nameOrPath)}' does not exist.")
            : new CliUsageException(
                "RecipeNotFound",
                $"No recipe is named '{nameOrPath}'. Recipes: {string.Join(", ", catalog.Names.Order(StringComparer.OrdinalIgnoreCase))}.",
                "Give a recipe name or the path of a .recipe.json file.");
    }

    private static RecipeView Describe(RecipeCatalog catalog, string name)
    {
        try
        {
            var recipe = catalog.Find(name)!;
            return new RecipeView(name, recipe.DisplayName, recipe.Description);
        }
        catch (RecipeException e)
        {
            return new RecipeView(name, null, "unreadable: " + e.Message);
        }
    }
}
