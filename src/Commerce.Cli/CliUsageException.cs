using Commerce.Cli.Output;

namespace Commerce.Cli;

/// <summary>Input the command refuses before changing anything: an unknown tenant, a missing recipe file, bad configuration.</summary>
internal sealed class CliUsageException(string error, string message, string? hint = null) : Exception(message)
{
    public CliProblem Problem { get; } = new(error, message) { Hint = hint };
}
