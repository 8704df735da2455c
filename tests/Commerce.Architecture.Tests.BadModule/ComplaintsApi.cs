using Commerce.Announcements.Api;

namespace Commerce.Architecture.Tests.BadModule;

/// <summary>The violation of rule (a): it reuses another module's API record instead of a contract.</summary>
public static class ComplaintsApi
{
    public static AnnouncementDto Echo(AnnouncementDto announcement) => announcement;
}
