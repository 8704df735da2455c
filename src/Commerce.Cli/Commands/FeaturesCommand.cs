using System.CommandLine;
using Commerce.Cli.Output;
using Commerce.Hosting.Features;
using Spectre.Console;

namespace Commerce.Cli.Commands;

/// <summary><c>features list</c>, <c>enable</c>, <c>disable</c>, <c>hide</c> and <c>show</c>, through the engine's feature manager.</summary>
internal static class FeaturesCommand
{
    public static Command Build(CommandRunner runner)
    {
        var features = new Command("features", "List a tenant's features; enable, disable, hide or show them at runtime.");
        features.Subcommands.Add(List(runner));
        features.Subcommands.Add(Change(runner, FeatureAction.Enable, "enable", "Enable features and the features they depend on."));
        features.Subcommands.Add(Change(runner, FeatureAction.Disable, "disable", "Disable features; refused while enabled features depend on them, unless --cascade."));
        features.Subcommands.Add(Change(runner, FeatureAction.Hide, "hide", "Hide enabled features from visitors: storefront pages answer 404; admin, APIs and data keep working."));
        features.Subcommands.Add(Change(runner, FeatureAction.Show, "show", "Show hidden features to visitors again."));
        return features;
    }

    private static Option<string> TenantOption() => new("--tenant")
    {
        Description = "The tenant's name (Default for the platform's own).",
        Required = true,
    };

    private static Command List(CommandRunner runner)
    {
        var tenant = TenantOption();
        var list = new Command("list", "List every feature the host knows with its state in the tenant.") { tenant };
        list.SetAction(runner.Action(async cli =>
        {
            var record = await cli.FindTenantAsync(cli.Parse.GetValue(tenant)!);
            var features = await cli.Get<FeatureManager>().ListAsync(record.Name, cli.CancellationToken);
            if (cli.Console.Json)
            {
                cli.Console.WriteJson(features);
                return ExitCodes.Success;
            }

            var table = TableCells.Create("Id", "Name", "Category", "State", "Flags", "Depends on");
            foreach (var f in features)
            {
                table.AddRow(TableCells.Of(f.Id, f.Name, f.Category, StateOf(f), FlagsOf(f), string.Join(", ", f.Dependencies)));
            }

            cli.Console.Table(table);
            return ExitCodes.Success;
        }));
        return list;
    }

    private static Command Change(CommandRunner runner, FeatureAction action, string name, string description)
    {
        var tenant = TenantOption();
        var ids = new Argument<string[]>("id") { Description = "Feature ids, e.g. Commerce.Announcements.", Arity = ArgumentArity.OneOrMore };
        ids.Validators.Add(result =>
        {
            // An option this command lacks (say --cascade on hide) would otherwise be taken for a feature id.
            foreach (var id in result.Tokens.Select(t => t.Value).Where(v => v.StartsWith('-')))
            {
                result.AddError($"'{id}' is not an option of '{name}' nor a feature id.");
            }
        });
        var command = new Command(name, description) { ids, tenant };
        var cascade = new Option<bool>("--cascade") { Description = "Disable the features that depend on these too." };
        if (action == FeatureAction.Disable)
        {
            command.Options.Add(cascade);
        }

        command.SetAction(runner.Action(async cli =>
        {
            var record = await cli.FindTenantAsync(cli.Parse.GetValue(tenant)!);
            var result = await cli.Get<FeatureManager>().ChangeAsync(
                record.Name, action, cli.Parse.GetValue(ids)!, cli.Parse.GetValue(cascade), cli.CancellationToken);
            if (!result.Succeeded)
            {
                cli.Console.Problem(new CliProblem(result.Error.ToString(), result.Message ?? "The change was refused.")
                {
                    Related = result.Related,
                    Hint = HintFor(result.Error),
                });
                return ExitCodes.InvalidInput;
            }

            var view = new FeatureChangeView(record.Name, result.Enabled, result.Disabled, result.Hidden, result.Shown);
            if (cli.Console.Json)
            {
                cli.Console.WriteJson(view);
                return ExitCodes.Success;
            }

            var lines = new[] { ("enabled", view.Enabled), ("disabled", view.Disabled), ("hidden", view.Hidden), ("shown", view.Shown) }
                .Where(l => l.Item2.Count > 0)
                .Select(l => $"{l.Item1}: {string.Join(", ", l.Item2)}")
                .ToList();
            cli.Console.Line(lines.Count == 0 ? $"Tenant '{record.Name}': nothing to change." : $"Tenant '{record.Name}':");
            foreach (var line in lines)
            {
                cli.Console.Line("  " + line);
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static string? HintFor(FeaturePlanError error) => error switch
    {
        FeaturePlanError.HasDependents => "Disable those first, or add --cascade to disable them too.",
        FeaturePlanError.NotEnabled => "Enable it first.",
        FeaturePlanError.UnknownFeature => $"Run '{CliApp.Name} features list --tenant NAME' for the feature ids.",
        FeaturePlanError.EnabledByDependencyOnly => "Enable a feature that depends on it instead.",
        _ => null,
    };

    private static string StateOf(FeatureState f) => (f.Enabled, f.Hidden) switch
    {
        (true, true) => "enabled, hidden",
        (true, false) => "enabled",
        _ => "disabled",
    };

    private static string FlagsOf(FeatureState f) => string.Join(", ", new[]
    {
        f.AlwaysEnabled ? "always enabled" : null,
        f.DefaultTenantOnly ? "Default tenant only" : null,
        f.EnabledByDependencyOnly ? "by dependency only" : null,
    }.Where(flag => flag is not null));
}
