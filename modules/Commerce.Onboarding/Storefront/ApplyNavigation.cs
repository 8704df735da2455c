using Commerce.Navigation;

namespace Commerce.Onboarding.Storefront;

/// <summary>"Open a shop" (我要开店) in the storefront menu; the host leaves it out while onboarding is hidden.</summary>
internal sealed class ApplyNavigation : IStorefrontNavigationProvider
{
    public IEnumerable<NavigationItem> GetItems() => [new NavigationItem("Open a shop", "/apply", 60)];
}
