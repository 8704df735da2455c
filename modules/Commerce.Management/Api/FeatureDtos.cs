namespace Commerce.Management.Api;

/// <summary>A feature and its state in the tenant.</summary>
public sealed record FeatureDto(
    string Id,
    string Name,
    string? Description,
    string Category,
    string Module,
    IReadOnlyList<string> Dependencies,
    bool Enabled,
    bool Hidden,
    bool AlwaysEnabled,
    bool DefaultTenantOnly,
    bool EnabledByDependencyOnly);

/// <summary>What a change did: features switched on (dependencies included), off (dependents included), hidden, shown.</summary>
public sealed record FeatureChangeDto(
    IReadOnlyList<string> Enabled,
    IReadOnlyList<string> Disabled,
    IReadOnlyList<string> Hidden,
    IReadOnlyList<string> Shown);
