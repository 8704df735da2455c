using System.Diagnostics;
using Commerce.Data.Shell;
using Commerce.Events;
using Commerce.Shells;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Hosting.Events;

/// <summary>
/// Waits for a consumer by watching its cursor row after waking this process's pump; the handling itself stays with
/// whichever process holds the consumer, so a request never runs another module's handler on its own thread.
/// </summary>
internal sealed class ShellEventStream(EventDispatcher dispatcher, IServiceScopeFactory scopes, TenantInfo tenant, OutboxSignal? signal = null) : IEventStream
{
    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(10);

    public async Task<bool> CatchUpAsync(string consumer, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        if (dispatcher.Consumers.FirstOrDefault(c => c.Name == consumer) is not { } descriptor || dispatcher.IsPaused(descriptor))
        {
            return false;
        }

        var head = await dispatcher.HeadAsync(cancellationToken);
        signal?.Nudge(tenant.Name);
        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            if (await PositionAsync(descriptor, cancellationToken) >= head)
            {
                return true;
            }

            if (Stopwatch.GetElapsedTime(started) > timeout)
            {
                return false;
            }

            await Task.Delay(PollEvery, cancellationToken);
        }
    }

    private async Task<long> PositionAsync(EventConsumerDescriptor consumer, CancellationToken cancellationToken)
    {
        if (consumer.Kind == EventConsumerKind.Node)
        {
            return dispatcher.NodePosition(consumer.Name) ?? -1;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ShellStateDbContext>();
        return await db.EventConsumers.AsNoTracking()
            .Where(c => c.Name == consumer.Name && c.Node == "")
            .Select(c => (long?)c.Position)
            .FirstOrDefaultAsync(cancellationToken) ?? -1;
    }
}
