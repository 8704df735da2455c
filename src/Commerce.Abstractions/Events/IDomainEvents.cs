namespace Commerce.Events;

/// <summary>
/// Publishes a domain event to the handlers of the current shell. Handlers run in the publisher's scope, one
/// after the other, after the publisher has committed its own change. A module listens by registering an
/// <see cref="IDomainEventHandler{TEvent}"/>; when that module's feature is disabled its handlers are simply
/// not in the shell, so the publisher never depends on who listens.
/// </summary>
public interface IDomainEvents
{
    Task PublishAsync<TEvent>(TEvent domainEvent, CancellationToken cancellationToken = default)
        where TEvent : notnull;
}
