namespace Commerce.Modules;

/// <summary>
/// Declares that an assembly is a Commerce module. Put it in the module's <c>Manifest.cs</c>.
/// A module with no <see cref="FeatureAttribute"/> gets one feature whose id is the module id.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly)]
public class ModuleAttribute(string id) : Attribute
{
    /// <summary>Unique id, by convention the assembly name, e.g. <c>Commerce.Announcements</c>.</summary>
    public string Id { get; } = id;

    public string? Name { get; init; }

    public string? Description { get; init; }

    /// <summary>Groups features in listings, e.g. "Storefront", "Settlement".</summary>
    public string? Category { get; init; }

    public string? Author { get; init; }

    /// <summary>The module's version; shown to admins, informational only (schema versions live in migrations).</summary>
    public string? Version { get; init; }
}
