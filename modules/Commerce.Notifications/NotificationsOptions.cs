namespace Commerce.Notifications;

/// <summary>E-mail dispatch settings, bound from <c>Commerce:Notifications</c>.</summary>
public sealed class NotificationsOptions
{
    /// <summary>How often queued messages are e-mailed (at most as often as the host polls for jobs).</summary>
    public TimeSpan DispatchInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Failed sends are tried again at each dispatch until this many attempts; then the message is marked failed.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>How long a dispatcher owns a message it claimed before another may try it (a process died mid-send).</summary>
    public TimeSpan ClaimDuration { get; set; } = TimeSpan.FromMinutes(2);
}
