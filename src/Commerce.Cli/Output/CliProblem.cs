namespace Commerce.Cli.Output;

/// <summary>
/// Why a command did not do what was asked. With <c>--json</c> it is the whole of stdout; otherwise its
/// lines go to stderr.
/// </summary>
/// <param name="Error">A stable code: <c>InvalidArguments</c>, <c>ValidationFailed</c>, <c>UnknownTenant</c>, a feature refusal (<c>HasDependents</c>, …), <c>RecipeFailed</c>, <c>Failed</c>.</param>
/// <param name="Message">What went wrong, for a person.</param>
public sealed record CliProblem(string Error, string Message)
{
    /// <summary>Per request field (camelCase, as the engine and the HTTP API name them), why its value was refused.</summary>
    public IReadOnlyDictionary<string, string[]>? Errors { get; init; }

    /// <summary>The features a refusal is about, such as the dependents that block a disable.</summary>
    public IReadOnlyList<string>? Related { get; init; }

    /// <summary>What to try next.</summary>
    public string? Hint { get; init; }
}
