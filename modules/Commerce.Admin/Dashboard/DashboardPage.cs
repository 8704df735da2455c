using Commerce.Display;
using Commerce.Navigation;
using Commerce.Security;
using Commerce.Shells;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;

namespace Commerce.Admin.Dashboard;

/// <summary>
/// <c>/admin</c>: the tenant's name, its enabled features, the figures other features add
/// (<see cref="IDashboardFigureProvider"/>) and the admin menu's pages the user may open.
/// Anonymous visitors are sent to sign in (and back); users without <c>AccessAdmin</c> get 403.
/// </summary>
internal static class DashboardPage
{
    public const string Path = "/admin";

    public static void MapDashboard(this IEndpointRouteBuilder routes)
        => routes.MapGet(Path, RenderAsync).RequirePermission(AdminPermissions.AccessAdmin).ExcludeFromDescription();

    private static async Task<IResult> RenderAsync(
        HttpContext context, TenantInfo tenant, IShellFeatures features, IEnumerable<IDashboardFigureProvider> figureProviders,
        IEnumerable<IAdminNavigationProvider> navigation, IAuthorizationService authorization, IPageRenderer pages, IStringLocalizer text)
    {
        var figures = new List<DashboardFigure> { new("Enabled features", features.Enabled.Count, null, 0) };
        foreach (var provider in figureProviders)
        {
            foreach (var figure in await provider.GetFiguresAsync(context.RequestAborted))
            {
                if (figure.Permission is null || await AllowedAsync(context, authorization, figure.Permission))
                {
                    figures.Add(figure);
                }
            }
        }

        var links = new List<AdminNavigationItem>();
        foreach (var item in navigation.SelectMany(p => p.GetItems()).Where(i => i.Href != Path).OrderBy(i => i.Position).ThenBy(i => i.Text, StringComparer.Ordinal))
        {
            if (item.Permission is null || await AllowedAsync(context, authorization, item.Permission))
            {
                links.Add(item);
            }
        }

        var model = new
        {
            TenantName = tenant.Name,
            UserName = context.User.Identity?.Name,
            Figures = figures.OrderBy(f => f.Position).ThenBy(f => f.Label, StringComparer.Ordinal).ToList(),
            Links = links,
        };
        return await pages.PageAsync("Admin/Dashboard", model, new PageOptions(text["Dashboard"], PageAudience.Admin), context.RequestAborted);
    }

    private static async Task<bool> AllowedAsync(HttpContext context, IAuthorizationService authorization, string permission)
    {
        try
        {
            return (await authorization.AuthorizeAsync(context.User, null, PermissionEndpointExtensions.PolicyPrefix + permission)).Succeeded;
        }
        catch (InvalidOperationException)
        {
            // No policy for the permission in this shell: its page would refuse anyway.
            return false;
        }
    }
}
