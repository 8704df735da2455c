namespace Commerce.Onboarding.Data;

/// <summary>The tenant's onboarding settings and guided steps: a single row (<see cref="Id"/> = 1).</summary>
internal sealed class SettingsRecord
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    public required string Mode { get; set; }

    public int MaxChangeRounds { get; set; }

    public bool AutoApproveIndividuals { get; set; }

    /// <summary>The guided steps as JSON, in order.</summary>
    public required string Steps { get; set; }

    public int Version { get; set; }
}
