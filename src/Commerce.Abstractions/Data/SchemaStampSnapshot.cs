namespace Commerce.Data;

/// <summary>
/// The schema stamps of a tenant's database as one migration run found them (<see cref="SchemaStamps.ReadAllAsync"/>),
/// read once for the whole run. A migration asks it whether it is current before it creates anything: a shell's first
/// activation then neither opens a connection per module nor builds the EF Core model of every module context.
/// </summary>
/// <remarks>Scoped: the host loads it at the start of a run. Until then, or outside a run, nothing counts as current.</remarks>
public sealed class SchemaStampSnapshot
{
    private IReadOnlyDictionary<string, string>? _stamps;

    /// <summary>Takes the stamps read at the start of the run.</summary>
    public void Load(IReadOnlyDictionary<string, string> stamps) => _stamps = stamps;

    /// <summary>True when the snapshot was loaded and records <paramref name="name"/> at exactly <paramref name="version"/>.</summary>
    public bool IsCurrent(string name, string? version)
        => version is not null && _stamps is not null && _stamps.TryGetValue(name, out var stamped) && stamped == version;
}
