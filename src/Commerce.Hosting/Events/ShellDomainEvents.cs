using Commerce.Events;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Hosting.Events;

/// <summary>
/// Hands an event to every handler registered in the shell, in the publisher's scope. A handler's failure
/// reaches the publisher: the publisher has committed its own change by then, and decides whether to retry.
/// </summary>
internal sealed class ShellDomainEvents(IServiceProvider scope) : IDomainEvents
{
    public async Task PublishAsync<TEvent>(TEvent domainEvent, CancellationToken cancellationToken = default)
        where TEvent : notnull
    {
        foreach (var handler in scope.GetServices<IDomainEventHandler<TEvent>>())
        {
            await handler.HandleAsync(domainEvent, cancellationToken);
        }
    }
}
