using System.CommandLine;
using Commerce.Cli.Commands;

namespace Commerce.Cli;

/// <summary>The command tree.</summary>
internal static class CliApp
{
    /// <summary>The executable's name, as hints and the documentation spell it.</summary>
    public const string Name = "Commerce.Cli";

    public static RootCommand Build(CliGlobalOptions options, TextWriter output, TextWriter error)
    {
        var runner = new CommandRunner(options, output, error);
        var root = new RootCommand("Commerce: manage tenants, features and recipes on the host's data.");
        foreach (var option in options.All)
        {
            root.Options.Add(option);
        }

        root.Subcommands.Add(TenantsCommand.Build(runner));
        root.Subcommands.Add(FeaturesCommand.Build(runner));
        root.Subcommands.Add(RecipesCommand.Build(runner));
        return root;
    }
}
