using System.CommandLine;
using Commerce.Cli.Engine;
using Commerce.Cli.Output;
using Commerce.Hosting.Recipes;

namespace Commerce.Cli;

/// <summary>
/// Runs a command's body on a started engine and turns every outcome into output and an exit code, so the
/// commands only say what they do.
/// </summary>
internal sealed class CommandRunner(CliGlobalOptions options, TextWriter output, TextWriter error)
{
    public CliGlobalOptions Options => options;

    /// <summary>An action for <see cref="Command.SetAction(Func{ParseResult, CancellationToken, Task{int}})"/>.</summary>
    public Func<ParseResult, CancellationToken, Task<int>> Action(Func<CliInvocation, Task<int>> body)
        => (parse, cancellationToken) => RunAsync(parse, body, cancellationToken);

    private async Task<int> RunAsync(ParseResult parse, Func<CliInvocation, Task<int>> body, CancellationToken cancellationToken)
    {
        var console = new CliConsole(output, error, parse.GetValue(options.Json));
        var settings = new EngineSettings(
            parse.GetValue(options.DataPath),
            parse.GetValue(options.Provider),
            parse.GetValue(options.ConnectionString),
            parse.GetValue(options.Verbose));
        try
        {
            await using var engine = await CliEngine.StartAsync(settings, error, cancellationToken);
            return await body(new CliInvocation(parse, engine.Services, console, cancellationToken));
        }
        catch (CliUsageException e)
        {
            console.Problem(e.Problem);
            return ExitCodes.InvalidInput;
        }
        catch (RecipeException e)
        {
            console.Problem(new CliProblem("RecipeFailed", e.Message)
            {
                Hint = "Changes the recipe made before the failing part (features, settings, earlier steps) stay applied.",
            });
            return ExitCodes.Failed;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            console.Problem(new CliProblem("Cancelled", "Cancelled."));
            return ExitCodes.Cancelled;
        }
        catch (Exception e)
        {
            if (settings.Verbose)
            {
                error.WriteLine(e);
            }

            console.Problem(new CliProblem("Failed", Describe(e)) { Hint = settings.Verbose ? null : "Run again with --verbose for details." });
            return ExitCodes.Failed;
        }
    }

    private static string Describe(Exception e)
    {
        var messages = new List<string>();
        for (Exception? current = e; current is not null; current = current.InnerException)
        {
            if (!messages.Contains(current.Message))
            {
                messages.Add(current.Message);
            }
        }

        return string.Join(" ", messages);
    }
}
