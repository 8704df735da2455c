using Commerce.Announcements.Api;
using Commerce.Announcements.Data;
using Commerce.Announcements.Domain;
using Commerce.Display;
using Commerce.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Commerce.Announcements.Admin;

/// <summary>
/// <c>/admin/announcements</c>: the list and a publish form (<c>Views/Announcements/Admin.liquid</c>).
/// It keeps working while the feature is hidden from the storefront.
/// </summary>
internal static class AnnouncementsAdminPage
{
    public static void MapAnnouncementsAdmin(this IEndpointRouteBuilder routes)
    {
        var admin = routes.MapGroup("admin/announcements")
            .RequirePermission(AnnouncementsPermissions.PublishAnnouncements)
            .ExcludeFromDescription();
        admin.MapGet("/", (HttpContext context, AnnouncementsDbContext db, IPageRenderer pages, IStringLocalizer text, CancellationToken ct)
            => RenderAsync(context, db, pages, text, new AnnouncementInput(null, null), null, context.Request.Query.ContainsKey("published"), ct));
        admin.MapPost("/", PublishAsync);
    }

    private static async Task<IResult> PublishAsync(
        HttpContext context, AnnouncementsDbContext db, IPageRenderer pages, IStringLocalizer text, TimeProvider clock, CancellationToken ct)
    {
        if (await PageForms.ReadAsync(context) is not { } form)
        {
            return await PageForms.ExpiredAsync(context, PageAudience.Admin);
        }

        var input = new AnnouncementInput(form["title"], form["body"]);
        var errors = AnnouncementsApi.Validate(input);
        if (errors.Count > 0)
        {
            return await RenderAsync(context, db, pages, text, input, errors, false, ct);
        }

        db.Announcements.Add(new Announcement { Id = Guid.CreateVersion7(), Title = input.Title!.Trim(), Body = input.Body?.Trim() ?? "", PublishedUtc = clock.GetUtcNow() });
        await db.SaveChangesAsync(ct);
        return PageForms.SeeOther(context, "/admin/announcements?published=1");
    }

    private static async Task<IResult> RenderAsync(
        HttpContext context,
        AnnouncementsDbContext db,
        IPageRenderer pages,
        IStringLocalizer text,
        AnnouncementInput input,
        Dictionary<string, string[]>? errors,
        bool published,
        CancellationToken ct)
    {
        var items = await db.Announcements.AsNoTracking().OrderByDescending(a => a.Id).Take(100).ToListAsync(ct);
        var model = new
        {
            Announcements = items,
            Published = published,
            Form = new { input.Title, input.Body },
            Errors = (errors ?? []).ToDictionary(e => e.Key, e => text[e.Value[0]].Value),
            Antiforgery = PageForms.Token(context),
        };
        var status = errors is { Count: > 0 } ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
        return await pages.PageAsync("Announcements/Admin", model, new PageOptions(text["Announcements"], PageAudience.Admin, status), ct);
    }
}
