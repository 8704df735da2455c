using System.Reflection;

namespace Commerce.Hosting.Modules;

/// <summary>A module found at build time or loaded from the plugins folder.</summary>
public sealed class ModuleDescriptor
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public string? Description { get; init; }

    public required string Category { get; init; }

    public string? Version { get; init; }

    public string? Author { get; init; }

    public required Assembly Assembly { get; init; }

    /// <summary>True for themes (see <see cref="Commerce.Modules.ThemeAttribute"/>).</summary>
    public bool IsTheme { get; init; }

    /// <summary>The theme this one derives from, for themes.</summary>
    public string? BaseTheme { get; init; }

    /// <summary>The plugin file the module came from, or null when the host references it.</summary>
    public string? PluginPath { get; init; }

    public IReadOnlyList<FeatureDescriptor> Features { get; internal set; } = [];

    public override string ToString() => Id;
}
