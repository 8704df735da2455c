using System.CommandLine;
using Commerce.Data;

namespace Commerce.Cli;

/// <summary>
/// Options every command accepts, before or after the command name. A fresh set per parse: an option
/// belongs to the command tree it was added to.
/// </summary>
internal sealed class CliGlobalOptions
{
    public Option<string?> DataPath { get; } = new("--data-path")
    {
        Description = "Data folder of the host (SQLite files, indexes); overrides Commerce:DataPath. Relative to the current directory.",
        Recursive = true,
    };

    public Option<string?> Provider { get; } = new("--provider")
    {
        Description = "Database provider, Sqlite or PostgreSql; overrides Commerce:Database:Provider.",
        Recursive = true,
    };

    public Option<string?> ConnectionString { get; } = new("--connection-string")
    {
        Description = "PostgreSQL connection string; overrides Commerce:Database:ConnectionString.",
        Recursive = true,
    };

    public Option<bool> Json { get; } = new("--json")
    {
        Description = "Print machine-readable JSON on stdout and nothing else.",
        Recursive = true,
    };

    public Option<bool> Verbose { get; } = new("--verbose")
    {
        Description = "Log the engine's information messages and full exceptions on stderr.",
        Recursive = true,
    };

    public CliGlobalOptions()
    {
        Provider.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string?>();
            if (!string.IsNullOrWhiteSpace(value) && DatabaseProvider.Normalize(value) is null)
            {
                result.AddError($"Unknown database provider '{value}'; use {DatabaseProvider.Sqlite} or {DatabaseProvider.PostgreSql}.");
            }
        });
    }

    public IEnumerable<Option> All => [DataPath, Provider, ConnectionString, Json, Verbose];
}
