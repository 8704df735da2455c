namespace Commerce.Hosting.Modules;

/// <summary>A feature as the catalog knows it: its manifest entry, its module and its startups.</summary>
public sealed class FeatureDescriptor
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public string? Description { get; init; }

    public required string Category { get; init; }

    public IReadOnlyList<string> Dependencies { get; init; } = [];

    public bool AlwaysEnabled { get; init; }

    public bool DefaultTenantOnly { get; init; }

    public bool EnabledByDependencyOnly { get; init; }

    /// <summary>The module that declares the feature.</summary>
    public required ModuleDescriptor Module { get; init; }

    /// <summary>Startup classes bound to this feature, in their declared order.</summary>
    public IReadOnlyList<Type> Startups { get; internal set; } = [];

    public override string ToString() => Id;
}
