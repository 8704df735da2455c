namespace Commerce.Display.Themes;

/// <summary>
/// The host's themes as the current tenant sees them, and the choice of its storefront theme. Registered by the display
/// layer in every shell; the admin pages of other modules use it without a reference to the display layer.
/// </summary>
public interface IThemeCatalog
{
    IReadOnlyList<ThemeInfo> List();

    /// <summary>
    /// Makes <paramref name="themeId"/> the tenant's storefront theme: enables its feature (and its base themes),
    /// stores the setting, and rebuilds the tenant's shell so the next request uses it.
    /// </summary>
    Task<(ThemeActivationError Error, string? Message)> ActivateAsync(string themeId, CancellationToken cancellationToken = default);
}
