namespace Commerce.Hosting.Features;

/// <summary>A batch of feature changes for one tenant, applied as one (recipes use this).</summary>
/// <param name="Cascade">Disable the features that depend on <paramref name="Disable"/> too.</param>
public sealed record FeatureRequest(
    IReadOnlyCollection<string> Enable,
    IReadOnlyCollection<string> Disable,
    IReadOnlyCollection<string> Hide,
    IReadOnlyCollection<string> Show,
    bool Cascade = false);
