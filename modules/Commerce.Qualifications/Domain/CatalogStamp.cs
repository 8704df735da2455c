namespace Commerce.Qualifications.Domain;

/// <summary>
/// One row whose version moves on every catalog change, so each host process knows when its compiled
/// <see cref="RuleIndex"/> is stale, also when another process made the change.
/// </summary>
internal sealed class CatalogStamp
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    public long Version { get; set; }
}
