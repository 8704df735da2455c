using Commerce.Navigation;
using Commerce.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Display.ZoneContributors;

/// <summary>
/// Puts the admin menu in the navigation zone of admin and merchant pages, as <c>Shared/AdminMenu</c>: the
/// enabled features' <see cref="IAdminNavigationProvider"/> items the user's permissions allow.
/// </summary>
internal sealed class AdminMenuZone(IEnumerable<IAdminNavigationProvider> providers) : IZoneContributor
{
    public async ValueTask<IEnumerable<ZoneShape>> ContributeAsync(ZoneContext context, CancellationToken cancellationToken = default)
    {
        if (context.Audience == PageAudience.Storefront)
        {
            return [];
        }

        var http = context.HttpContext;
        var authorization = http.RequestServices.GetService<IAuthorizationService>();
        var path = http.Request.Path.Value ?? "/";
        var items = new List<MenuLink>();
        foreach (var item in providers.SelectMany(p => p.GetItems()).OrderBy(i => i.Position).ThenBy(i => i.Text, StringComparer.Ordinal))
        {
            if (item.Permission is { } permission && !await AllowedAsync(authorization, http.User, permission))
            {
                continue;
            }

            items.Add(new MenuLink(item.Text, item.Href, item.Position, item.Href == "/admin" ? path == "/admin" : StorefrontNavigationZone.IsCurrent(path, item.Href)));
        }

        return [new ZoneShape(Zones.Navigation, "Shared/AdminMenu", new { Items = items })];
    }

    private static async Task<bool> AllowedAsync(IAuthorizationService? authorization, System.Security.Claims.ClaimsPrincipal user, string permission)
    {
        if (authorization is null)
        {
            return false;
        }

        try
        {
            return (await authorization.AuthorizeAsync(user, null, PermissionEndpointExtensions.PolicyPrefix + permission)).Succeeded;
        }
        catch (InvalidOperationException)
        {
            // No policy for the permission in this shell: the link stays out, as its page would refuse anyway.
            return false;
        }
    }
}
