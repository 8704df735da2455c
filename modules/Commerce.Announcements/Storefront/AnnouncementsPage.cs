using System.Net;
using System.Text;
using Commerce.Announcements.Data;
using Commerce.Navigation;
using Commerce.Shells;
using Commerce.Storefront.Pages;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Announcements.Storefront;

internal static class AnnouncementsPage
{
    public static void MapAnnouncementsPage(this IEndpointRouteBuilder routes)
        => routes.MapGet("/announcements", RenderAsync).AsStorefrontEntry().ExcludeFromDescription();

    private static async Task<IResult> RenderAsync(HttpContext context, AnnouncementsDbContext db, TenantInfo tenant, IStorefrontNavigation navigation, CancellationToken ct)
    {
        var items = await db.Announcements.AsNoTracking().OrderByDescending(a => a.Id).Take(50).ToListAsync(ct);
        var main = new StringBuilder("<h2>Announcements</h2><ul class=\"announcements\">");
        foreach (var item in items)
        {
            main.Append("<li><h3>").Append(WebUtility.HtmlEncode(item.Title)).Append("</h3><p>")
                .Append(WebUtility.HtmlEncode(item.Body)).Append("</p></li>");
        }

        main.Append("</ul>");
        return StorefrontPage.Render(context, tenant.Name, navigation.GetItems(), main.ToString());
    }
}
