using System.Text.Json;
using System.Text.Json.Serialization;

namespace Commerce.Hosting.Recipes;

/// <summary>
/// A JSON description of how to set a tenant up: features to enable and hide, the theme, settings, and
/// steps that modules define.
/// </summary>
public sealed class Recipe
{
    [JsonRequired]
    public string Name { get; set; } = "";

    public string? DisplayName { get; set; }

    public string? Description { get; set; }

    public RecipeFeatures Features { get; set; } = new();

    /// <summary>The storefront theme's id; its feature is enabled too.</summary>
    public string? Theme { get; set; }

    /// <summary>Tenant settings, by key.</summary>
    public Dictionary<string, string> Settings { get; set; } = [];

    /// <summary>Module steps, each an object with a <c>name</c> naming an <see cref="Commerce.Recipes.IRecipeStep"/>.</summary>
    public List<JsonElement> Steps { get; set; } = [];

    internal static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Reads a recipe; a malformed file throws <see cref="RecipeException"/> saying where.</summary>
    public static Recipe Parse(string json, string source)
    {
        try
        {
            var recipe = JsonSerializer.Deserialize<Recipe>(json, JsonOptions)
                ?? throw new RecipeException($"Recipe '{source}' is empty.");
            if (string.IsNullOrWhiteSpace(recipe.Name))
            {
                throw new RecipeException($"Recipe '{source}' has no name.");
            }

            return recipe;
        }
        catch (JsonException e)
        {
            throw new RecipeException($"Recipe '{source}' is not valid JSON: {e.Message}");
        }
    }
}

/// <summary>The features part of a recipe.</summary>
public sealed class RecipeFeatures
{
    public List<string> Enable { get; set; } = [];

    public List<string> Hide { get; set; } = [];
}
