namespace Commerce.Cli.Engine;

/// <summary>The global options that reach the engine: they override configuration.</summary>
internal sealed record EngineSettings(string? DataPath, string? Provider, string? ConnectionString, bool Verbose);
