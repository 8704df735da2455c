using System.Text.Json;
using Commerce.Qualifications.Data;
using Commerce.Qualifications.Services;
using Commerce.Recipes;

namespace Commerce.Qualifications.Recipes;

/// <summary>
/// Recipe step <c>qualifications</c>: <c>{ "name": "qualifications", "industries": [...], "categories": [...],
/// "documentTypes": [...], "rules": [...] }</c>, each entry as the API takes it (see <see cref="CatalogDocument"/>).
/// Entries with an existing code replace it, so running a recipe again is safe.
/// </summary>
internal sealed class QualificationsRecipeStep(QualificationsDbContext db, CatalogEditor editor) : IRecipeStep
{
    public string Name => "qualifications";

    public async Task ExecuteAsync(JsonElement step, CancellationToken cancellationToken)
    {
        var document = step.Deserialize<CatalogDocument>(JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException("Recipe step 'qualifications' is empty.");
        var current = await CatalogCache.LoadAsync(db, cancellationToken);
        await editor.ReplaceAsync(document.Apply(current), cancellationToken);
    }
}
