namespace Commerce.Modules;

/// <summary>
/// Declares that an assembly is a theme: a module with templates and assets whose single feature has the
/// category <see cref="FeatureCategories.Theme"/>. A theme may derive from a <see cref="BaseTheme"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class ThemeAttribute(string id) : ModuleAttribute(id)
{
    /// <summary>The id of the theme this one derives from; templates not found here are looked up there.</summary>
    public string? BaseTheme { get; init; }
}
