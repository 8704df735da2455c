namespace Commerce.Events;

/// <summary>
/// Handles one kind of event for an event consumer (<see cref="EventConsumerServiceCollectionExtensions.AddEventConsumer"/>).
/// Created in a scope of its own for each event. Delivery is at least once: an event may come again after a crash
/// or a lost lease, so a handler is idempotent, by its effect or by <see cref="EventDelivery.Sequence"/>.
/// A handler that throws is retried with backoff; after <see cref="EventConsumerOptions.MaxAttempts"/> failures the
/// event is parked for an admin to retry, and the consumer goes on with the next one.
/// </summary>
public interface IEventHandler<in TEvent>
    where TEvent : notnull
{
    Task HandleAsync(TEvent domainEvent, EventDelivery delivery, CancellationToken cancellationToken);
}

/// <summary>What a handler knows about the event it is given.</summary>
/// <param name="Sequence">The event's place in the tenant's stream: unique, and the key to be idempotent by.</param>
/// <param name="OccurredUtc">When the change that staged it was made.</param>
/// <param name="Attempt">1 on the first delivery, higher on a retry.</param>
public sealed record EventDelivery(long Sequence, DateTimeOffset OccurredUtc, int Attempt);
