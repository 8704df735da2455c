using Commerce.Navigation;
using Commerce.Shells;

namespace Commerce.Hosting.Shells;

/// <summary>Gathers the storefront links of every provider whose feature is visible.</summary>
internal sealed class StorefrontNavigation(IEnumerable<IStorefrontNavigationProvider> providers, IShellFeatures features)
    : IStorefrontNavigation
{
    public IReadOnlyList<NavigationItem> GetItems() => providers
        .Where(p => features.FeatureOf(p.GetType()) is not { } owner || !features.IsHidden(owner))
        .SelectMany(p => p.GetItems())
        .OrderBy(i => i.Position)
        .ThenBy(i => i.Text, StringComparer.CurrentCulture)
        .ToList();
}
