using Commerce.Hosting.Features;
using Commerce.Hosting.Modules;
using Commerce.Hosting.Shells;
using Commerce.Shells;

namespace Commerce.Display.Themes;

/// <summary>Lists the host's themes and picks the tenant's storefront theme.</summary>
public sealed class ThemeService(ModuleCatalog catalog, DisplaySources sources, TenantInfo tenant, ShellBlueprint blueprint, FeatureManager features, ShellHost shells)
    : IThemeCatalog
{
    public IReadOnlyList<ThemeInfo> List()
    {
        var enabled = sources.Themes.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        return catalog.Modules.Where(m => m.IsTheme)
            .OrderBy(m => m.Id, StringComparer.Ordinal)
            .Select(m => new ThemeInfo(
                m.Id,
                m.Name,
                m.Description,
                m.BaseTheme,
                enabled.Contains(m.Id),
                sources.StorefrontTheme?.Id == m.Id,
                sources.AdminTheme?.Id == m.Id))
            .ToList();
    }

    public async Task<(ThemeActivationError Error, string? Message)> ActivateAsync(string themeId, CancellationToken cancellationToken = default)
    {
        var theme = catalog.Modules.FirstOrDefault(m => m.IsTheme && m.Id == themeId);
        if (theme is null)
        {
            return (ThemeActivationError.NotFound, $"'{themeId}' is not a theme this host knows.");
        }

        if (sources.AdminTheme?.Id == themeId
            || themeId == (blueprint.Settings.GetValueOrDefault(DisplaySettingKeys.AdminTheme) ?? DisplayOptions.DefaultAdminTheme))
        {
            return (ThemeActivationError.IsAdminTheme, $"'{themeId}' is the admin theme; pick a storefront theme.");
        }

        var change = await features.ApplyAsync(tenant.Name, new FeatureRequest([themeId], [], [], []), cancellationToken);
        if (!change.Succeeded)
        {
            return (ThemeActivationError.FeatureRefused, change.Message);
        }

        await ShellStateStore.SaveSettingsAsync(blueprint.Database, new Dictionary<string, string> { [DisplaySettingKeys.Theme] = themeId }, cancellationToken);
        await shells.NotifyChangedAsync(tenant.Name, cancellationToken);
        return (ThemeActivationError.None, null);
    }
}
