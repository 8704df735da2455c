using Commerce.Navigation;

namespace Commerce.Announcements.Storefront;

internal sealed class AnnouncementsNavigation : IStorefrontNavigationProvider
{
    public IEnumerable<NavigationItem> GetItems() => [new NavigationItem("Announcements", "/announcements", 50)];
}
