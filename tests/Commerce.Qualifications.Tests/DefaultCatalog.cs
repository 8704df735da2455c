using System.Text.Json;
using Commerce.Qualifications.Domain;
using Commerce.Qualifications.Recipes;

namespace Commerce.Qualifications.Tests;

/// <summary>The catalog the default recipe seeds, read from src/Commerce.Web/Recipes/default.recipe.json itself.</summary>
internal static class DefaultCatalog
{
    private static readonly Lazy<CatalogContent> Content = new(Load);

    public static CatalogContent Catalog => Content.Value;

    public static RuleIndex Index() => Catalog.ToIndex();

    /// <summary>A catalog of new objects, for a database to own.</summary>
    public static CatalogContent Fresh() => Load();

    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Commerce.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Commerce.sln not found above the test output.");
    }

    private static CatalogContent Load()
    {
        using var recipe = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot(), "src", "Commerce.Web", "Recipes", "default.recipe.json")));
        var step = recipe.RootElement.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "qualifications");
        var document = step.Deserialize<CatalogDocument>(JsonSerializerOptions.Web)!;
        return document.Apply(CatalogContent.Empty);
    }
}
