namespace Commerce.Hosting.Features;

/// <summary>A feature as one tenant sees it.</summary>
public sealed record FeatureState(
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
