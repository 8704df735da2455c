namespace Commerce.Notifications.Domain;

/// <summary>Where a notification's e-mail stands.</summary>
internal enum EmailDelivery
{
    Pending = 0,
    Sent = 1,

    /// <summary>The user has no e-mail address; the message is in the inbox only.</summary>
    NoAddress = 2,

    /// <summary>Every attempt failed; the last error is kept.</summary>
    Failed = 3,
}
