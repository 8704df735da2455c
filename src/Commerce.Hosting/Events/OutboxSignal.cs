using System.Collections.Concurrent;

namespace Commerce.Hosting.Events;

/// <summary>
/// Wakes a tenant's event pump in this process when a save here committed events (<see cref="Data.OutboxCommitInterceptor"/>),
/// so a consumer in the same process sees the event within milliseconds rather than at its next poll.
/// </summary>
public sealed class OutboxSignal
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _signals = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Raised for every nudge, after the tenant's pump is woken; the host uses it to start a pump that is not running yet.</summary>
    public event Action<string>? Nudged;

    /// <summary>Says that <paramref name="tenant"/> has new events.</summary>
    public void Nudge(string tenant)
    {
        try
        {
            SignalOf(tenant).Release();
        }
        catch (SemaphoreFullException)
        {
            // Already nudged and not yet woken: one wake-up covers both.
        }

        Nudged?.Invoke(tenant);
    }

    /// <summary>Waits until <paramref name="tenant"/> is nudged or <paramref name="timeout"/> passes; true when nudged.</summary>
    public Task<bool> WaitAsync(string tenant, TimeSpan timeout, CancellationToken cancellationToken)
        => SignalOf(tenant).WaitAsync(timeout, cancellationToken);

    private SemaphoreSlim SignalOf(string tenant) => _signals.GetOrAdd(tenant, static _ => new SemaphoreSlim(0, 1));
}
