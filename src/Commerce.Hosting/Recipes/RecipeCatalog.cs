using Commerce.Hosting.Modules;

namespace Commerce.Hosting.Recipes;

/// <summary>
/// The recipes a tenant can be set up from: <c>*.recipe.json</c> files in the host's <c>Recipes</c> folder
/// and those embedded in modules. The host's win on a name clash, so an agency can replace a module's.
/// </summary>
public sealed class RecipeCatalog
{
    private readonly Dictionary<string, Func<string>> _sources = new(StringComparer.OrdinalIgnoreCase);

    public RecipeCatalog(ModuleCatalog modules, string recipesFolder)
    {
        foreach (var module in modules.Modules)
        {
            foreach (var resource in module.Assembly.GetManifestResourceNames().Where(n => n.EndsWith(".recipe.json", StringComparison.OrdinalIgnoreCase)))
            {
                var assembly = module.Assembly;
                var name = NameOf(resource[..^".recipe.json".Length].Split('.').Last());
                _sources[name] = () =>
                {
                    using var stream = assembly.GetManifestResourceStream(resource)!;
                    using var reader = new StreamReader(stream);
                    return reader.ReadToEnd();
                };
            }
        }

        if (Directory.Exists(recipesFolder))
        {
            foreach (var file in Directory.GetFiles(recipesFolder, "*.recipe.json"))
            {
                _sources[NameOf(Path.GetFileName(file)[..^".recipe.json".Length])] = () => File.ReadAllText(file);
            }
        }
    }

    public IReadOnlyCollection<string> Names => _sources.Keys;

    /// <summary>The recipe named <paramref name="name"/>, or null.</summary>
    public Recipe? Find(string name) => _sources.TryGetValue(name, out var read) ? Recipe.Parse(read(), name) : null;

    private static string NameOf(string fileStem) => fileStem;
}
