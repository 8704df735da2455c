namespace Commerce.Cli;

/// <summary>What the process exit code tells a script.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The work started and failed: a recipe step, the database, an unexpected error.</summary>
    public const int Failed = 1;

    /// <summary>Nothing changed: the arguments, a field, the tenant, the recipe file or a feature change was refused.</summary>
    public const int InvalidInput = 2;

    /// <summary>Interrupted (Ctrl+C).</summary>
    public const int Cancelled = 130;
}
