using Commerce.Navigation;

namespace Commerce.Display.ZoneContributors;

/// <summary>Puts the storefront menu (visible features' links) in the navigation zone of storefront pages, as <c>Shared/Navigation</c>.</summary>
internal sealed class StorefrontNavigationZone(IStorefrontNavigation navigation) : IZoneContributor
{
    public ValueTask<IEnumerable<ZoneShape>> ContributeAsync(ZoneContext context, CancellationToken cancellationToken = default)
    {
        if (context.Audience != PageAudience.Storefront)
        {
            return ValueTask.FromResult(Enumerable.Empty<ZoneShape>());
        }

        var path = context.HttpContext.Request.Path.Value ?? "/";
        var items = navigation.GetItems()
            .Select(i => new MenuLink(i.Text, i.Href, i.Position, IsCurrent(path, i.Href)))
            .ToList();
        return ValueTask.FromResult<IEnumerable<ZoneShape>>([new ZoneShape(Zones.Navigation, "Shared/Navigation", new { Items = items })]);
    }

    internal static bool IsCurrent(string path, string href)
        => href == "/" ? path == "/" : path.StartsWith(href, StringComparison.OrdinalIgnoreCase);
}
