namespace Commerce.Cli.Output;

/// <summary>A recipe that ran on a tenant.</summary>
/// <param name="Source">The file the recipe was read from, or null for a recipe of the catalog.</param>
public sealed record RecipeRunView(string Tenant, string Recipe, string? Source);
