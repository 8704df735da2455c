namespace Commerce.Notifications;

/// <summary>
/// Queues a notification for a user: it appears in the user's in-app inbox and is e-mailed by the
/// notifications feature's dispatcher. The outbox lives in the tenant database, so it survives a crash; a
/// message is e-mailed once. Available while the <c>Commerce.Notifications</c> feature is enabled: resolve it
/// with <c>GetService</c> when your feature does not depend on it.
/// </summary>
public interface INotificationOutbox
{
    /// <summary>
    /// Queues <paramref name="notification"/>. Idempotent by <see cref="Notification.Key"/>: a second call with the
    /// same key does nothing and returns false, so a module can relay its own records to the outbox again after a
    /// crash without sending anything twice.
    /// </summary>
    Task<bool> EnqueueAsync(Notification notification, CancellationToken cancellationToken = default);
}

/// <summary>A message to one user.</summary>
/// <param name="Key">Unique per message, chosen by the sender, for example <c>onboarding:{applicationId}:{transitionId}</c>.</param>
/// <param name="UserId">The recipient (an identity user id).</param>
/// <param name="Subject">One line, in the recipient's language where the sender knows it.</param>
/// <param name="Body">Plain text.</param>
/// <param name="Link">A path in the tenant the message is about, for example <c>/apply/progress</c>, or null.</param>
/// <param name="Source">The feature that sent it, for example <c>Commerce.Onboarding</c>.</param>
public sealed record Notification(string Key, string UserId, string Subject, string Body, string? Link, string Source);
