namespace Commerce.Cli.Output;

/// <summary>A recipe the tenants can be set up from.</summary>
public sealed record RecipeView(string Name, string? DisplayName, string? Description);
