using Commerce.Security;

namespace Commerce.Announcements;

/// <summary>What the announcements API lets roles do.</summary>
public sealed class AnnouncementsPermissions : IPermissionProvider
{
    public static readonly Permission PublishAnnouncements = new("PublishAnnouncements", "List and publish platform announcements through the API.", "Announcements");

    public IEnumerable<Permission> GetPermissions() => [PublishAnnouncements];

    public IEnumerable<DefaultGrant> GetDefaultGrants() => [];
}
