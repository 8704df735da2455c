using Commerce.Display.Files;
using Commerce.Hosting.Modules;
using Commerce.Hosting.Shells;

namespace Commerce.Display.Themes;

/// <summary>
/// Where a shell's templates come from, in lookup order: the audience's theme, its base themes, then the
/// enabled modules (a module before the modules it depends on, the display layer's own defaults last).
/// Fixed for the shell's life: a theme change or a toggle builds a new shell.
/// </summary>
public sealed class DisplaySources
{
    private readonly Dictionary<string, DisplaySource> _themes;

    /// <param name="themes">The enabled themes.</param>
    /// <param name="modules">The enabled modules that are not themes, in dependency order (a module after those it depends on).</param>
    public DisplaySources(IEnumerable<DisplaySource> themes, IEnumerable<DisplaySource> modules, string? storefrontTheme, string? adminTheme)
    {
        _themes = themes.ToDictionary(t => t.Id, StringComparer.Ordinal);
        Modules = modules.ToList();
        StorefrontTheme = storefrontTheme is not null ? _themes.GetValueOrDefault(storefrontTheme) : null;
        AdminTheme = adminTheme is not null ? _themes.GetValueOrDefault(adminTheme) : null;
        StorefrontChain = Derive(StorefrontTheme);
        AdminChain = Derive(AdminTheme);
        var modulesFirstDependentFirst = Modules.AsEnumerable().Reverse().ToList();
        StorefrontLookup = [.. StorefrontChain, .. modulesFirstDependentFirst];
        AdminLookup = [.. AdminChain, .. modulesFirstDependentFirst];
        StringTableOrder = [.. Modules, .. AdminChain.AsEnumerable().Reverse(), .. StorefrontChain.AsEnumerable().Reverse()];
    }

    public DisplaySource? StorefrontTheme { get; }

    public DisplaySource? AdminTheme { get; }

    public IReadOnlyCollection<DisplaySource> Themes => _themes.Values;

    public IReadOnlyList<DisplaySource> Modules { get; }

    /// <summary>The storefront theme and its base themes, nearest first.</summary>
    public IReadOnlyList<DisplaySource> StorefrontChain { get; }

    /// <summary>The admin theme and its base themes, nearest first.</summary>
    public IReadOnlyList<DisplaySource> AdminChain { get; }

    /// <summary>String tables merge in this order, later ones winning: modules, then admin themes, then storefront themes.</summary>
    public IReadOnlyList<DisplaySource> StringTableOrder { get; }

    private IReadOnlyList<DisplaySource> StorefrontLookup { get; }

    private IReadOnlyList<DisplaySource> AdminLookup { get; }

    /// <summary>The theme chain of an audience (the admin theme serves the admin and merchant back offices).</summary>
    public IReadOnlyList<DisplaySource> ThemeChain(PageAudience audience)
        => audience == PageAudience.Storefront ? StorefrontChain : AdminChain;

    /// <summary>Every source in lookup order for an audience.</summary>
    public IReadOnlyList<DisplaySource> Lookup(PageAudience audience)
        => audience == PageAudience.Storefront ? StorefrontLookup : AdminLookup;

    /// <summary>Finds <c>Views/{name}.liquid</c>: theme, base themes, then modules.</summary>
    public TemplateFile? FindTemplate(PageAudience audience, string name)
        => Find(Lookup(audience), "Views/" + name.Trim('/') + ".liquid");

    /// <summary>Finds a theme asset (<c>wwwroot/{path}</c>) in the audience's theme chain.</summary>
    public TemplateFile? FindAsset(PageAudience audience, string path)
        => Find(ThemeChain(audience), "wwwroot/" + path.TrimStart('/'));

    public static TemplateFile? Find(IEnumerable<DisplaySource> sources, string path)
    {
        if (path.Contains("..", StringComparison.Ordinal))
        {
            return null;
        }

        foreach (var source in sources)
        {
            var file = source.Files.GetFileInfo(path);
            if (file is { Exists: true, IsDirectory: false })
            {
                return new TemplateFile(source, path, file);
            }
        }

        return null;
    }

    /// <summary>The sources of a shell: its enabled modules and themes, and the themes its settings name.</summary>
    public static DisplaySources Create(ShellBlueprint blueprint, DisplayOptions options)
    {
        var modules = blueprint.Features.Select(f => f.Module).Distinct().ToList();
        var themes = modules.Where(m => m.IsTheme).Select(m => SourceOf(m, options)).ToList();
        var enabled = themes.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        string? Pick(string? configured, string fallback)
            => configured is not null && enabled.Contains(configured) ? configured : enabled.Contains(fallback) ? fallback : null;

        return new DisplaySources(
            themes,
            modules.Where(m => !m.IsTheme).Select(m => SourceOf(m, options)),
            Pick(blueprint.Settings.GetValueOrDefault(DisplaySettingKeys.Theme), DisplayOptions.DefaultStorefrontTheme),
            Pick(blueprint.Settings.GetValueOrDefault(DisplaySettingKeys.AdminTheme), DisplayOptions.DefaultAdminTheme));
    }

    private static DisplaySource SourceOf(ModuleDescriptor module, DisplayOptions options)
        => new(module.Id, ModuleFiles.For(module.Assembly, options.UseSourceFiles), module.IsTheme, module.BaseTheme, module.Name);

    private List<DisplaySource> Derive(DisplaySource? theme)
    {
        var chain = new List<DisplaySource>();
        while (theme is not null && !chain.Contains(theme))
        {
            chain.Add(theme);
            theme = theme.BaseTheme is { } baseId ? _themes.GetValueOrDefault(baseId) : null;
        }

        return chain;
    }
}
