using Commerce.Notifications.Data;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Notifications.Api;

/// <summary>The inbox reads and writes the API and the page share.</summary>
internal static class InboxQueries
{
    public static async Task<InboxDto> InboxAsync(NotificationsDbContext db, string userId, int take, bool unreadOnly, CancellationToken ct)
    {
        var mine = db.Notifications.AsNoTracking().Where(n => n.UserId == userId);
        var unread = await mine.CountAsync(n => n.ReadUtc == null, ct);
        var items = await (unreadOnly ? mine.Where(n => n.ReadUtc == null) : mine)
            .OrderByDescending(n => n.Id) // version 7 ids: newest first
            .Take(take)
            .Select(n => new NotificationDto(n.Id, n.Subject, n.Body, n.Link, n.Source, n.CreatedUtc, n.ReadUtc))
            .ToListAsync(ct);
        return new InboxDto(unread, items);
    }

    public static Task<int> MarkAllReadAsync(NotificationsDbContext db, string userId, DateTimeOffset now, CancellationToken ct) =>
        db.Notifications
            .Where(n => n.UserId == userId && n.ReadUtc == null)
            .ExecuteUpdateAsync(set => set.SetProperty(n => n.ReadUtc, now), ct);
}
