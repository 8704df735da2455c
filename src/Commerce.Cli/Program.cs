using System.CommandLine;
using System.CommandLine.Parsing;
using Commerce.Cli.Output;

namespace Commerce.Cli;

/// <summary>The <c>commerce</c> command line: tenants, features and recipes, on the same data as the host.</summary>
public static class Program
{
    public static Task<int> Main(string[] args) => RunAsync(args, Console.Out, Console.Error);

    /// <summary>
    /// Parses and runs one command. Results go to <paramref name="output"/> (only JSON with <c>--json</c>);
    /// diagnostics, warnings and, without <c>--json</c>, errors go to <paramref name="error"/>.
    /// Tests call this in-process to capture both.
    /// </summary>
    /// <returns>An <see cref="ExitCodes"/> value.</returns>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter? error = null, CancellationToken cancellationToken = default)
    {
        error ??= TextWriter.Null;
        var options = new CliGlobalOptions();
        var root = CliApp.Build(options, output, error);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            var console = new CliConsole(output, error, parse.GetValue(options.Json));
            console.Problem(new CliProblem("InvalidArguments", string.Join(Environment.NewLine, parse.Errors.Select(e => e.Message)))
            {
                Hint = $"Run '{CommandPath(parse)} --help' for usage.",
            });
            return ExitCodes.InvalidInput;
        }

        var invocation = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        return await parse.InvokeAsync(invocation, cancellationToken);
    }

    private static string CommandPath(ParseResult parse)
    {
        var names = new List<string>();
        for (SymbolResult? result = parse.CommandResult; result is CommandResult command; result = command.Parent)
        {
            names.Add(command.Command is RootCommand ? CliApp.Name : command.Command.Name);
        }

        names.Reverse();
        return string.Join(' ', names);
    }
}
