using Microsoft.Extensions.Options;

namespace Commerce.Data;

/// <summary>How long a shell trusts a <see cref="CachedDocument{T}"/> before reading it again.</summary>
public sealed class CachedDocumentOptions
{
    /// <summary>
    /// The longest a change made by another host process on the same database goes unseen. A change made through
    /// this process is seen at once (<see cref="CachedDocument{T}.Invalidate"/>). Default one second; zero reads the
    /// database on every use.
    /// </summary>
    public TimeSpan SynchronizationLatency { get; set; } = TimeSpan.FromSeconds(1);
}

/// <summary>
/// A small, rarely changed document read from the tenant database (settings, role grants) and kept in memory for
/// the shell's lifetime, so a request does not query it. Register one per document type as a shell singleton
/// (the host registers the open generic). The writer calls <see cref="Invalidate"/> after its change is committed;
/// other host processes reload it once it is older than <see cref="CachedDocumentOptions.SynchronizationLatency"/>.
/// </summary>
/// <typeparam name="T">The document; treat it as immutable once loaded, since every request of the shell shares it.</typeparam>
public sealed class CachedDocument<T>(IOptions<CachedDocumentOptions> options, TimeProvider clock)
    where T : class
{
    private readonly SemaphoreSlim _loading = new(1, 1);
    private readonly TimeSpan _latency = options.Value.SynchronizationLatency;
    private Entry? _entry;
    private long _generation;

    /// <summary>The cached document while it is fresh, otherwise the one <paramref name="load"/> reads (one load at a time).</summary>
    public async ValueTask<T> GetAsync(Func<CancellationToken, Task<T>> load, CancellationToken cancellationToken)
    {
        if (Fresh() is { } cached)
        {
            return cached;
        }

        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (Fresh() is { } loadedMeanwhile)
            {
                return loadedMeanwhile;
            }

            var generation = Interlocked.Read(ref _generation);
            var loadedAt = clock.GetTimestamp();
            var value = await load(cancellationToken);
            // A change invalidated while this load ran may not be in what it read: use the value once, keep nothing.
            if (Interlocked.Read(ref _generation) == generation)
            {
                Volatile.Write(ref _entry, new Entry(value, loadedAt, generation));
            }

            return value;
        }
        finally
        {
            _loading.Release();
        }
    }

    /// <summary>Forgets the document, so the next use reads it again; call after committing a change to it.</summary>
    public void Invalidate()
    {
        Interlocked.Increment(ref _generation);
        Volatile.Write(ref _entry, null);
    }

    private T? Fresh()
        => Volatile.Read(ref _entry) is { } entry
           && entry.Generation == Interlocked.Read(ref _generation)
           && clock.GetElapsedTime(entry.LoadedAt) < _latency
            ? entry.Value
            : null;

    private sealed record Entry(T Value, long LoadedAt, long Generation);
}
