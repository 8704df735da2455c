using System.Security.Claims;
using Commerce.Display;
using Commerce.Notifications.Api;
using Commerce.Notifications.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;

namespace Commerce.Notifications.Account;

/// <summary><c>/account/notifications</c>: the signed-in user's inbox, with "mark all as read".</summary>
internal static class NotificationsPage
{
    public static void MapNotificationsPage(this IEndpointRouteBuilder routes)
    {
        var page = routes.MapGroup("account/notifications").ExcludeFromDescription().RequireAuthorization();

        page.MapGet("/", async (HttpContext context, ClaimsPrincipal user, NotificationsDbContext db, IPageRenderer renderer, IStringLocalizer text, CancellationToken ct) =>
        {
            var inbox = await InboxQueries.InboxAsync(db, NotificationsApi.UserId(user), 100, unreadOnly: false, ct);
            return await renderer.PageAsync("Notifications/Inbox", new { inbox.Unread, inbox.Items, Antiforgery = PageForms.Token(context) }, new PageOptions(text["Notifications"]), ct);
        });

        page.MapPost("/read-all", async (HttpContext context, ClaimsPrincipal user, NotificationsDbContext db, TimeProvider clock, IPageRenderer renderer, IStringLocalizer text, CancellationToken ct) =>
        {
            if (await PageForms.ReadAsync(context) is null)
            {
                return await renderer.PageAsync("Notifications/Inbox", new { Unread = 0, Items = Array.Empty<NotificationDto>(), Error = text["The form expired; reload the page and try again."].Value }, new PageOptions(text["Notifications"], PageAudience.Storefront, StatusCodes.Status400BadRequest), ct);
            }

            await InboxQueries.MarkAllReadAsync(db, NotificationsApi.UserId(user), clock.GetUtcNow(), ct);
            return PageForms.SeeOther(context, "/account/notifications");
        });
    }
}
