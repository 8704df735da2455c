namespace Commerce.Events;

/// <summary>Reacts to a domain event another module (or this one) published. Register it as scoped.</summary>
public interface IDomainEventHandler<in TEvent>
    where TEvent : notnull
{
    Task HandleAsync(TEvent domainEvent, CancellationToken cancellationToken);
}
