using System.Text.Json;
using Commerce.Merchants.Services;
using Commerce.Recipes;

namespace Commerce.Merchants.Recipes;

/// <summary>
/// Recipe step <c>merchant-grades</c>: <c>{ "name": "merchant-grades", "grades": [ { "id": "standard", "name": "Standard",
/// "isDefault": true, "maxCategories": 5, "maxStaff": 5, "maxProducts": 1000, "permissions": [...], "depositAmount": 10000,
/// "depositCurrency": "CNY" } ] }</c>. Creates or updates each grade by id, so running it again is harmless.
/// </summary>
internal sealed class MerchantGradesRecipeStep(GradeCatalog grades) : IRecipeStep
{
    public string Name => "merchant-grades";

    public async Task ExecuteAsync(JsonElement step, CancellationToken cancellationToken)
    {
        if (!step.TryGetProperty("grades", out var items) || items.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidOperationException("Recipe step 'merchant-grades' needs a 'grades' array.");
        }

        foreach (var item in items.EnumerateArray())
        {
            var definition = item.Deserialize<GradeDefinition>(JsonSerializerOptions.Web)!;
            try
            {
                await grades.SaveAsync(definition, expectedVersion: null, cancellationToken);
            }
            catch (MerchantValidationException e)
            {
                throw new InvalidOperationException($"Recipe step 'merchant-grades', grade '{definition.Id}': {e.Message}", e);
            }
        }
    }
}
