using Commerce.Jobs;
using Commerce.Mail;
using Commerce.Notifications.Data;
using Commerce.Notifications.Domain;
using Commerce.Security;
using Commerce.Shells;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Commerce.Notifications.Services;

/// <summary>
/// E-mails queued notifications. Each message is claimed first (a conditional update on its version), so two
/// dispatchers never send it side by side; it is sent with its id as the message id, so a send repeated after
/// a crash (claimed, sent, not yet marked) replaces the same pickup file instead of adding a second message.
/// </summary>
internal sealed class EmailDispatchJob(
    NotificationsDbContext db,
    IUserDirectory users,
    IEmailSender email,
    TenantInfo tenant,
    TimeProvider clock,
    IOptions<NotificationsOptions> options,
    ILogger<EmailDispatchJob> logger) : IBackgroundJob
{
    private const int BatchSize = 100;

    public string Name => "Notifications.Email";

    /// <summary>Only while the shell is built: mail is queued by the shell's own requests and consumers.</summary>
    public JobSchedule Schedule => JobSchedule.Every(options.Value.DispatchInterval).OnlyWhileLive();

    public async Task RunAsync(BackgroundJobContext context, CancellationToken cancellationToken)
    {
        var pending = await db.Notifications.AsNoTracking()
            .Where(n => n.Email == EmailDelivery.Pending)
            .OrderBy(n => n.Id)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        foreach (var notification in pending)
        {
            await DispatchAsync(notification, cancellationToken);
        }
    }

    private async Task DispatchAsync(UserNotification notification, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (notification.EmailClaimedUntilUtc is { } claimed && now < claimed)
        {
            return;
        }

        var version = notification.Version;
        var claimedUntil = now + options.Value.ClaimDuration;
        var won = await db.Notifications
            .Where(n => n.Id == notification.Id && n.Version == version)
            .ExecuteUpdateAsync(set => set
                .SetProperty(n => n.EmailClaimedUntilUtc, claimedUntil)
                .SetProperty(n => n.Version, version + 1), cancellationToken);
        if (won == 0)
        {
            return;
        }

        version++;
        var contact = await users.FindAsync(notification.UserId, cancellationToken);
        if (contact is not { Email.Length: > 0 })
        {
            await FinishAsync(notification.Id, version, EmailDelivery.NoAddress, notification.EmailAttempts, null, cancellationToken);
            return;
        }

        try
        {
            await email.SendAsync(new EmailMessage(contact.Email, notification.Subject, Body(notification), notification.Id.ToString("n")), cancellationToken);
            await FinishAsync(notification.Id, version, EmailDelivery.Sent, notification.EmailAttempts + 1, null, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var attempts = notification.EmailAttempts + 1;
            logger.LogWarning(e, "E-mail for notification {Notification} failed (attempt {Attempt})", notification.Id, attempts);
            var state = attempts >= options.Value.MaxAttempts ? EmailDelivery.Failed : EmailDelivery.Pending;
            await FinishAsync(notification.Id, version, state, attempts, e.Message, cancellationToken);
        }
    }

    private Task FinishAsync(Guid id, long version, EmailDelivery state, int attempts, string? error, CancellationToken cancellationToken)
    {
        var sentUtc = state == EmailDelivery.Sent ? clock.GetUtcNow() : (DateTimeOffset?)null;
        var clipped = error is { Length: > 1000 } ? error[..1000] : error;
        return db.Notifications
            .Where(n => n.Id == id && n.Version == version)
            .ExecuteUpdateAsync(set => set
                .SetProperty(n => n.Email, state)
                .SetProperty(n => n.EmailAttempts, attempts)
                .SetProperty(n => n.EmailError, clipped)
                .SetProperty(n => n.EmailSentUtc, sentUtc)
                .SetProperty(n => n.EmailClaimedUntilUtc, (DateTimeOffset?)null)
                .SetProperty(n => n.Version, version + 1), cancellationToken);
    }

    private string Body(UserNotification notification)
    {
        if (notification.Link is null)
        {
            return notification.Body;
        }

        var link = tenant.RequestUrlHost is { Length: > 0 } host
            ? $"https://{host}{notification.Link}"
            : tenant.RequestUrlPrefix is { Length: > 0 } prefix ? $"/{prefix}{notification.Link}" : notification.Link;
        return $"{notification.Body}\n\n{link}";
    }
}
