namespace Commerce.Navigation;

/// <summary>
/// Adds links to the admin menu. Only enabled features' providers exist in a shell, so a disabled feature
/// leaves no link behind; items whose permission the user lacks are left out.
/// </summary>
public interface IAdminNavigationProvider
{
    IEnumerable<AdminNavigationItem> GetItems();
}

/// <summary>An admin menu link.</summary>
/// <param name="Text">Localization key or text of the link.</param>
/// <param name="Href">Path relative to the tenant, e.g. <c>/admin/features</c>.</param>
/// <param name="Permission">The permission a user needs to see the link, or null.</param>
public sealed record AdminNavigationItem(string Text, string Href, int Position = 0, string? Permission = null);
