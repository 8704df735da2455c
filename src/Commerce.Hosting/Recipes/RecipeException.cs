namespace Commerce.Hosting.Recipes;

/// <summary>A recipe that cannot be read or run; the message names the recipe and the part at fault.</summary>
public sealed class RecipeException(string message, Exception? inner = null) : Exception(message, inner);
