using Commerce.Navigation;

namespace Commerce.Announcements.Admin;

internal sealed class AnnouncementsAdminNavigation : IAdminNavigationProvider
{
    public IEnumerable<AdminNavigationItem> GetItems()
        => [new AdminNavigationItem("Announcements", "/admin/announcements", 40, AnnouncementsPermissions.PublishAnnouncements.Name)];
}
