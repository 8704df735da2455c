using System.Reflection;
using Commerce.Hosting.Features;
using Microsoft.Extensions.DependencyModel;
using Microsoft.Extensions.Logging;

namespace Commerce.Hosting.Modules;

/// <summary>
/// Every module the host can run: those referenced at build time (found in the application's dependency
/// manifest), those dropped into the plugins folder, and any added explicitly. Built once per process.
/// </summary>
public sealed class ModuleCatalog
{
    private static readonly HashSet<string> EngineAssemblies =
        ["Commerce.Abstractions", "Commerce.Data", "Commerce.Hosting"];

    public ModuleCatalog(IEnumerable<ModuleDescriptor> modules)
    {
        var list = new List<ModuleDescriptor>();
        foreach (var module in modules)
        {
            if (list.FirstOrDefault(m => m.Id == module.Id) is { } existing)
            {
                if (existing.Assembly == module.Assembly)
                {
                    continue;
                }

                throw new ModuleConfigurationException(
                    $"Module '{module.Id}' is found twice: in '{existing.Assembly.Location}' and '{module.PluginPath ?? module.Assembly.Location}'.",
                    module.Id);
            }

            list.Add(module);
        }

        Modules = list;
        foreach (var theme in list.Where(m => m.IsTheme && m.BaseTheme is not null))
        {
            if (list.All(m => m.Id != theme.BaseTheme || !m.IsTheme))
            {
                throw new ModuleConfigurationException(
                    $"Theme '{theme.Id}' derives from '{theme.BaseTheme}', which is not a theme the host knows.", theme.Id, theme.Id);
            }
        }

        Graph = new FeatureGraph(list.SelectMany(m => m.Features));
    }

    public IReadOnlyList<ModuleDescriptor> Modules { get; }

    public FeatureGraph Graph { get; }

    /// <summary>Finds the modules of the running application, its plugins folder and <paramref name="extra"/>.</summary>
    public static ModuleCatalog Discover(string? pluginsPath, IEnumerable<Assembly> extra, ILogger logger)
    {
        var modules = new List<ModuleDescriptor>();
        foreach (var assembly in ReferencedModuleAssemblies().Concat(extra).Distinct())
        {
            if (ModuleReader.Read(assembly) is { } module)
            {
                modules.Add(module);
            }
        }

        if (pluginsPath is not null)
        {
            modules.AddRange(PluginModuleLoader.Load(pluginsPath, logger));
        }

        var catalog = new ModuleCatalog(modules);
        logger.LogInformation(
            "Found {ModuleCount} modules with {FeatureCount} features",
            catalog.Modules.Count,
            catalog.Graph.Ordered.Count);
        return catalog;
    }

    private static IEnumerable<Assembly> ReferencedModuleAssemblies()
    {
        var context = DependencyContext.Default;
        if (context is null)
        {
            yield break;
        }

        foreach (var library in context.RuntimeLibraries)
        {
            var candidate = library.Type == "project"
                || library.Dependencies.Any(d => EngineAssemblies.Contains(d.Name));
            if (!candidate || EngineAssemblies.Contains(library.Name))
            {
                continue;
            }

            Assembly? assembly;
            try
            {
                assembly = Assembly.Load(new AssemblyName(library.Name));
            }
            catch (FileNotFoundException)
            {
                continue;
            }

            yield return assembly;
        }
    }
}
