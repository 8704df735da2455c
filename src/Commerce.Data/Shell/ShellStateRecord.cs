namespace Commerce.Data.Shell;

/// <summary>The single row guarding the tenant's feature set against concurrent writers.</summary>
public sealed class ShellStateRecord
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    /// <summary>Incremented by every change to the feature set; a concurrency token.</summary>
    public long Version { get; set; }

    public DateTimeOffset UpdatedUtc { get; set; }
}
