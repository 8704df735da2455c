using System.Reflection;
using Commerce.Modules;

namespace Commerce.Hosting.Modules;

/// <summary>Reads a module's manifest attributes and startup classes from its assembly.</summary>
internal static class ModuleReader
{
    public static ModuleDescriptor? Read(Assembly assembly, string? pluginPath = null)
    {
        var manifest = assembly.GetCustomAttribute<ModuleAttribute>() ?? assembly.GetCustomAttribute<ThemeAttribute>();
        if (manifest is null)
        {
            return null;
        }

        var theme = manifest as ThemeAttribute;
        var category = manifest.Category ?? (theme is null ? "Uncategorized" : FeatureCategories.Theme);
        var module = new ModuleDescriptor
        {
            Id = manifest.Id,
            Name = manifest.Name ?? manifest.Id,
            Description = manifest.Description,
            Category = category,
            Version = manifest.Version,
            Author = manifest.Author,
            Assembly = assembly,
            IsTheme = theme is not null,
            BaseTheme = theme?.BaseTheme,
            PluginPath = pluginPath,
        };

        var declared = assembly.GetCustomAttributes<FeatureAttribute>().ToList();
        var features = declared.Count == 0
            ? [new FeatureDescriptor
            {
                Id = module.Id,
                Name = module.Name,
                Description = module.Description,
                Category = category,
                Dependencies = theme?.BaseTheme is { } baseTheme ? [baseTheme] : [],
                Module = module,
            }]
            : declared.Select(f => new FeatureDescriptor
            {
                Id = f.Id,
                Name = f.Name ?? f.Id,
                Description = f.Description,
                Category = f.Category ?? category,
                Dependencies = f.Dependencies,
                AlwaysEnabled = f.AlwaysEnabled,
                DefaultTenantOnly = f.DefaultTenantOnly,
                EnabledByDependencyOnly = f.EnabledByDependencyOnly,
                Module = module,
            }).ToList();

        var startups = assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ModuleStartup).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .GroupBy(t => t.GetCustomAttribute<ForFeatureAttribute>()?.FeatureId ?? module.Id)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Type>)g.ToList());

        foreach (var (featureId, types) in startups)
        {
            var feature = features.FirstOrDefault(f => f.Id == featureId)
                ?? throw new ModuleConfigurationException(
                    $"Module '{module.Id}': startup '{types[0].FullName}' is bound to feature '{featureId}', which the module does not declare.",
                    module.Id,
                    featureId);
            feature.Startups = types;
        }

        module.Features = features;
        return module;
    }
}
