namespace Commerce.Modules;

/// <summary>
/// Declares one feature of the module the assembly holds. Startup classes bind to it with
/// <see cref="ForFeatureAttribute"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class FeatureAttribute(string id) : Attribute
{
    public string Id { get; } = id;

    public string? Name { get; init; }

    public string? Description { get; init; }

    /// <summary>Defaults to the module's category.</summary>
    public string? Category { get; init; }

    /// <summary>Ids of the features this one needs; enabling this feature enables them too.</summary>
    public string[] Dependencies { get; init; } = [];

    /// <summary>The feature is enabled on every tenant and cannot be disabled.</summary>
    public bool AlwaysEnabled { get; init; }

    /// <summary>The feature can only be enabled on the Default tenant (for example tenant management).</summary>
    public bool DefaultTenantOnly { get; init; }

    /// <summary>
    /// The feature cannot be enabled on its own: it comes on when a feature that depends on it is enabled
    /// and goes off when the last such feature is disabled.
    /// </summary>
    public bool EnabledByDependencyOnly { get; init; }
}
