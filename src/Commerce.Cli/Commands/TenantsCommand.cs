using System.CommandLine;
using Commerce.Cli.Output;
using Commerce.Hosting.Recipes;
using Commerce.Hosting.Shells;
using Commerce.Hosting.Tenants;
using Spectre.Console;

namespace Commerce.Cli.Commands;

/// <summary><c>tenants list</c> and <c>tenants create</c>.</summary>
internal static class TenantsCommand
{
    /// <summary>The engine's request fields, by the option that sets them.</summary>
    private static readonly Dictionary<string, string> OptionOfField = new()
    {
        ["name"] = "--name",
        ["requestUrlPrefix"] = "--prefix",
        ["requestUrlHost"] = "--host",
        ["apiKey"] = "--api-key",
        ["recipe"] = "--recipe",
    };

    public static Command Build(CommandRunner runner)
    {
        var tenants = new Command("tenants", "List and create tenants (marketplaces).");
        tenants.Subcommands.Add(List(runner));
        tenants.Subcommands.Add(Create(runner));
        return tenants;
    }

    private static Command List(CommandRunner runner)
    {
        var list = new Command("list", "List every tenant with its state, URL and database.");
        list.SetAction(runner.Action(async cli =>
        {
            var shells = cli.Get<ShellHost>();
            var tenants = (await cli.Get<TenantManager>().ListAsync(cli.CancellationToken)).Select(t => TenantView.Of(t, shells)).ToList();
            if (cli.Console.Json)
            {
                cli.Console.WriteJson(tenants);
                return ExitCodes.Success;
            }

            var table = TableCells.Create("Name", "State", "Prefix", "Host", "Recipe", "Database");
            foreach (var t in tenants)
            {
                table.AddRow(TableCells.Of(t.Name, t.State, t.RequestUrlPrefix, t.RequestUrlHost, t.RecipeName, t.Schema is null ? t.DatabaseProvider : $"{t.DatabaseProvider} ({t.Schema})"));
            }

            cli.Console.Table(table);
            return ExitCodes.Success;
        }));
        return list;
    }

    private static Command Create(CommandRunner runner)
    {
        var name = new Option<string?>("--name") { Description = "Unique tenant name: letters, digits, '-' and '_', starting with a letter (required)." };
        var prefix = new Option<string?>("--prefix") { Description = "First URL path segment that routes to the tenant, e.g. shanghai." };
        var host = new Option<string?>("--host") { Description = "Host name that routes to the tenant, e.g. tea.example.com." };
        var recipe = new Option<string?>("--recipe") { Description = "Recipe to set the tenant up from (default: default)." };
        var apiKey = new Option<string?>("--api-key") { Description = "The tenant's management API key, at least 16 characters; stored hashed (required)." };
        var create = new Command("create", "Create a tenant and set it up from a recipe. Give --prefix, --host, or both.") { name, prefix, host, recipe, apiKey };
        create.SetAction(runner.Action(async cli =>
        {
            var request = new TenantCreateRequest(
                cli.Parse.GetValue(name), cli.Parse.GetValue(prefix), cli.Parse.GetValue(host), cli.Parse.GetValue(recipe), cli.Parse.GetValue(apiKey));
            if (request.Recipe is { Length: > 0 } recipeName && !cli.Get<RecipeCatalog>().Names.Contains(recipeName, StringComparer.OrdinalIgnoreCase))
            {
                // The engine registers the tenant before it looks the recipe up; refuse here so nothing is created.
                var known = string.Join(", ", cli.Get<RecipeCatalog>().Names.Order(StringComparer.OrdinalIgnoreCase));
                cli.Console.Problem(new CliProblem("ValidationFailed", "The tenant was not created:")
                {
                    Errors = Fields(cli.Console, new Dictionary<string, string[]> { ["recipe"] = [$"No recipe is named '{recipeName}'; recipes: {known}."] }),
                });
                return ExitCodes.InvalidInput;
            }

            TenantCreateResult result;
            try
            {
                result = await cli.Get<TenantManager>().CreateAsync(request, cli.CancellationToken);
            }
            catch (RecipeException e)
            {
                cli.Console.Problem(new CliProblem("SetupFailed", e.Message) { Hint = $"Tenant '{request.Name}' was removed again; fix the recipe and create it anew." });
                return ExitCodes.Failed;
            }

            if (result.NameTaken)
            {
                cli.Console.Problem(new CliProblem("NameTaken", $"A tenant named '{request.Name}' exists already.")
                {
                    Errors = Fields(cli.Console, new Dictionary<string, string[]> { ["name"] = ["A tenant with this name exists already."] }),
                });
                return ExitCodes.InvalidInput;
            }

            if (!result.Succeeded)
            {
                cli.Console.Problem(new CliProblem("ValidationFailed", "The tenant was not created:") { Errors = Fields(cli.Console, result.Errors) });
                return ExitCodes.InvalidInput;
            }

            var view = TenantView.Of(result.Tenant!, cli.Get<ShellHost>());
            if (cli.Console.Json)
            {
                cli.Console.WriteJson(view);
            }
            else
            {
                var route = string.Join(" and ", new[] { view.RequestUrlHost, view.RequestUrlPrefix is null ? null : "/" + view.RequestUrlPrefix }.Where(r => r is not null));
                cli.Console.Line($"Created tenant '{view.Name}' at {route}, set up from recipe '{view.RecipeName}'.");
            }

            return ExitCodes.Success;
        }));
        return create;
    }

    /// <summary>JSON keeps the engine's field names (as the HTTP API does); text names the options to fix.</summary>
    private static IReadOnlyDictionary<string, string[]> Fields(CliConsole console, IReadOnlyDictionary<string, string[]> errors)
        => console.Json ? errors : errors.ToDictionary(e => OptionOfField.GetValueOrDefault(e.Key, e.Key), e => e.Value);
}
