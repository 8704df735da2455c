using Commerce.Notifications.Data;
using Commerce.Notifications.Domain;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Notifications.Services;

/// <summary>Queues notifications in the tenant database; a key seen before is ignored.</summary>
internal sealed class NotificationOutbox(NotificationsDbContext db, TimeProvider clock) : INotificationOutbox
{
    public async Task<bool> EnqueueAsync(Notification notification, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(notification.Key);
        ArgumentException.ThrowIfNullOrWhiteSpace(notification.UserId);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(notification.Key.Length, UserNotification.KeyMaxLength);
        if (await db.Notifications.AnyAsync(n => n.Key == notification.Key, cancellationToken))
        {
            return false;
        }

        var record = new UserNotification
        {
            Id = Guid.CreateVersion7(),
            Key = notification.Key,
            UserId = notification.UserId,
            Subject = Clip(notification.Subject, UserNotification.SubjectMaxLength),
            Body = Clip(notification.Body, UserNotification.BodyMaxLength),
            Link = notification.Link is { Length: <= 500 } link ? link : null,
            Source = Clip(notification.Source, 128),
            CreatedUtc = clock.GetUtcNow(),
            Email = EmailDelivery.Pending,
        };
        db.Notifications.Add(record);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            db.Entry(record).State = EntityState.Detached;
            if (await db.Notifications.AsNoTracking().AnyAsync(n => n.Key == notification.Key, cancellationToken))
            {
                return false; // a concurrent call with the same key won the unique index
            }

            throw;
        }
    }

    /// <summary>Subjects and bodies are cut rather than refused: a notification must never fail its sender's transition.</summary>
    private static string Clip(string value, int length) => value.Length <= length ? value : value[..(length - 1)] + "…";
}
