using System.Text.Json;

namespace Commerce.Recipes;

/// <summary>
/// A recipe step a module understands. Registered in the shell by the module's startup; runs in a scope of
/// the tenant's shell after the recipe's features are enabled.
/// </summary>
public interface IRecipeStep
{
    /// <summary>The value of the step's <c>name</c> property in the recipe file.</summary>
    string Name { get; }

    Task ExecuteAsync(JsonElement step, CancellationToken cancellationToken);
}
