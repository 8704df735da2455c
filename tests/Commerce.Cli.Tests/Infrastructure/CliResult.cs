using System.Text.Json;

namespace Commerce.Cli.Tests.Infrastructure;

/// <summary>What one CLI run printed and returned.</summary>
public sealed record CliResult(int ExitCode, string Output, string Error)
{
    /// <summary>Stdout as JSON; fails the test when stdout holds anything besides one JSON document.</summary>
    public JsonElement Json()
    {
        try
        {
            using var document = JsonDocument.Parse(Output);
            return document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new Xunit.Sdk.XunitException($"stdout is not one JSON document ({e.Message}):\n{Output}\nstderr:\n{Error}");
        }
    }

    public override string ToString() => $"exit {ExitCode}\nstdout:\n{Output}\nstderr:\n{Error}";
}
