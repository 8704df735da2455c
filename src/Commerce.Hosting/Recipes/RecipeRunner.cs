using Commerce.Hosting.Features;
using Commerce.Hosting.Modules;
using Commerce.Shells;
using Commerce.Hosting.Shells;
using Commerce.Recipes;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Hosting.Recipes;

/// <summary>Runs a recipe against a tenant: features, theme, settings, then module steps in order.</summary>
public sealed class RecipeRunner(FeatureManager features, ShellHost shells, ModuleCatalog catalog)
{
    /// <summary>
    /// Runs <paramref name="recipe"/>. Default-tenant-only features it names are skipped on other tenants, so
    /// one recipe can set up the Default tenant and the others.
    /// </summary>
    public async Task RunAsync(string tenantName, Recipe recipe, CancellationToken cancellationToken = default)
    {
        var isDefault = string.Equals(tenantName, TenantInfo.DefaultName, StringComparison.OrdinalIgnoreCase);
        var enable = recipe.Features.Enable
            .Where(id => isDefault || catalog.Graph.Find(id) is not { DefaultTenantOnly: true })
            .ToList();
        if (recipe.Theme is { } theme)
        {
            enable.Add(theme);
        }

        var change = await features.ApplyAsync(
            tenantName,
            new FeatureRequest(enable, [], recipe.Features.Hide, []),
            cancellationToken);
        if (!change.Succeeded)
        {
            throw new RecipeException($"Recipe '{recipe.Name}': {change.Message}");
        }

        var settings = new Dictionary<string, string>(recipe.Settings, StringComparer.Ordinal);
        if (recipe.Theme is not null)
        {
            settings[TenantSettingKeys.Theme] = recipe.Theme;
        }

        var blueprint = await shells.LoadBlueprintAsync(tenantName, cancellationToken);
        if (settings.Count > 0)
        {
            await ShellStateStore.SaveSettingsAsync(blueprint.Database, settings, cancellationToken);
            await shells.NotifyChangedAsync(tenantName, cancellationToken);
        }

        if (recipe.Steps.Count == 0)
        {
            return;
        }

        blueprint = await shells.LoadBlueprintAsync(tenantName, cancellationToken);
        await using var services = shells.CreateServices(blueprint);
        for (var i = 0; i < recipe.Steps.Count; i++)
        {
            var step = recipe.Steps[i];
            var name = step.TryGetProperty("name", out var n) ? n.GetString() : null;
            if (string.IsNullOrWhiteSpace(name))
            {
                throw new RecipeException($"Recipe '{recipe.Name}': step {i + 1} has no name.");
            }

            await using var scope = services.CreateAsyncScope();
            var handler = scope.ServiceProvider.GetServices<IRecipeStep>().FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase))
                ?? throw new RecipeException($"Recipe '{recipe.Name}': step {i + 1} '{name}' is not known; is the feature that defines it enabled?");
            await handler.ExecuteAsync(step, cancellationToken);
        }
    }
}
