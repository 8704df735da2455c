using Commerce.Announcements.Data;
using Commerce.Display;
using Commerce.Shells;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Commerce.Announcements.Storefront;

/// <summary>The storefront's announcements page, <c>Views/Announcements/Index.liquid</c>, newest first.</summary>
internal static class AnnouncementsPage
{
    public static void MapAnnouncementsPage(this IEndpointRouteBuilder routes)
        => routes.MapGet("/announcements", RenderAsync).AsStorefrontEntry().ExcludeFromDescription();

    private static async Task<IResult> RenderAsync(AnnouncementsDbContext db, IPageRenderer pages, IStringLocalizer text, CancellationToken ct)
    {
        var items = await db.Announcements.AsNoTracking().OrderByDescending(a => a.Id).Take(50).ToListAsync(ct);
        return await pages.PageAsync("Announcements/Index", new { Announcements = items }, new PageOptions(text["Announcements"]), ct);
    }
}
