namespace Commerce.Events;

/// <summary>The tenant's event stream as a request sees it.</summary>
public interface IEventStream
{
    /// <summary>
    /// Waits until consumer <paramref name="consumer"/> has handled every event committed before the call, for a request
    /// that answers with what that consumer produces (an approval answering with the merchant it created). True when it
    /// has; false when <paramref name="timeout"/> passed first or the consumer is not running in this shell, in which
    /// case the events are still handled, later.
    /// </summary>
    Task<bool> CatchUpAsync(string consumer, TimeSpan timeout, CancellationToken cancellationToken = default);
}
