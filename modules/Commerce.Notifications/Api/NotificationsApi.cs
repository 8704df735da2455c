using System.Security.Claims;
using Commerce.Notifications.Data;
using Commerce.Problems;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Notifications.Api;

/// <summary>A notification in the signed-in user's inbox.</summary>
public sealed record NotificationDto(Guid Id, string Subject, string Body, string? Link, string Source, DateTimeOffset CreatedUtc, DateTimeOffset? ReadUtc);

/// <summary>The signed-in user's inbox, newest first.</summary>
public sealed record InboxDto(int Unread, IReadOnlyList<NotificationDto> Items);

/// <summary><c>/api/notifications</c>: the signed-in user's own inbox.</summary>
public static class NotificationsApi
{
    public const int MaxTake = 200;

    public static RouteGroupBuilder MapNotificationsApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("api/notifications").WithTags("Notifications").RequireAuthorization();

        api.MapGet("/", InboxAsync)
            .WithName("ListMyNotifications")
            .WithSummary("The signed-in user's notifications, newest first")
            .WithDescription("take: 1 to 200 (default 50). unreadOnly: only those not yet read.");

        api.MapPost("/{id:guid}/read", MarkReadAsync)
            .WithName("MarkNotificationRead")
            .WithSummary("Mark one of the signed-in user's notifications as read");

        api.MapPost("/read-all", async (ClaimsPrincipal user, NotificationsDbContext db, TimeProvider clock, CancellationToken ct) =>
            {
                await InboxQueries.MarkAllReadAsync(db, UserId(user), clock.GetUtcNow(), ct);
                return TypedResults.NoContent();
            })
            .WithName("MarkAllNotificationsRead")
            .WithSummary("Mark every notification of the signed-in user as read");
        return api;
    }

    private static async Task<Results<Ok<InboxDto>, ValidationProblem>> InboxAsync(
        ClaimsPrincipal user, NotificationsDbContext db, int? take, bool? unreadOnly, CancellationToken ct)
    {
        if (take is < 1 or > MaxTake)
        {
            return ProblemResults.Field("take", $"Between 1 and {MaxTake}.");
        }

        return TypedResults.Ok(await InboxQueries.InboxAsync(db, UserId(user), take ?? 50, unreadOnly == true, ct));
    }

    private static async Task<Results<NoContent, NotFound>> MarkReadAsync(
        Guid id, ClaimsPrincipal user, NotificationsDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var userId = UserId(user);
        var notification = await db.Notifications.SingleOrDefaultAsync(n => n.Id == id && n.UserId == userId, ct);
        if (notification is null)
        {
            return TypedResults.NotFound();
        }

        notification.ReadUtc ??= clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    /// <summary>An API-key caller has no user id and so an empty inbox.</summary>
    internal static string UserId(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
}
