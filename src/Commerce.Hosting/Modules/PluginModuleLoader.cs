using Commerce.Data;
using Commerce.Modules;
using McMaster.NETCore.Plugins;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Commerce.Hosting.Modules;

/// <summary>
/// Loads compiled modules from the plugins folder, each into its own load context that shares the
/// engine's and the framework's types with the host, so an agency can add a module without rebuilding.
/// </summary>
internal static class PluginModuleLoader
{
    private static readonly Type[] SharedTypes =
        [typeof(ModuleAttribute), typeof(ITenantDatabase), typeof(DbContext)];

    public static IEnumerable<ModuleDescriptor> Load(string pluginsPath, ILogger logger)
    {
        if (!Directory.Exists(pluginsPath))
        {
            yield break;
        }

        foreach (var folder in Directory.GetDirectories(pluginsPath).Order(StringComparer.Ordinal))
        {
            var file = Path.Combine(folder, Path.GetFileName(folder) + ".dll");
            if (!File.Exists(file))
            {
                logger.LogWarning("Plugin folder {Folder} holds no {File}; skipped", folder, Path.GetFileName(file));
                continue;
            }

            var loader = PluginLoader.CreateFromAssemblyFile(
                file,
                SharedTypes,
                config => config.PreferSharedTypes = true);
            var assembly = loader.LoadDefaultAssembly();
            var module = ModuleReader.Read(assembly, file)
                ?? throw new ModuleConfigurationException($"Plugin '{file}' has no [assembly: Module] manifest.");
            logger.LogInformation("Loaded plugin module {Module} from {File}", module.Id, file);
            yield return module;
        }
    }
}
