using Commerce.Onboarding.Domain;
using Microsoft.Extensions.Caching.Memory;

namespace Commerce.Onboarding.Services;

/// <summary>
/// Recent applications' timelines, by application and version. A version's timeline never changes: transitions are
/// written in the same transaction that moves the version, so an entry is right for every host process, with
/// nothing to invalidate. A save carries the timeline forward to the version it creates (adding the transitions it
/// wrote), so saving a step answers with its timeline without reading the transitions again.
/// </summary>
internal sealed class TimelineCache : IDisposable
{
    private const int Capacity = 10_000;

    private readonly MemoryCache _entries = new(new MemoryCacheOptions { SizeLimit = Capacity });

    public IReadOnlyList<StateTransition>? Find(Guid applicationId, int version)
        => _entries.TryGetValue(applicationId, out Entry? entry) && entry!.Version == version ? entry.Timeline : null;

    public void Remember(Guid applicationId, int version, IReadOnlyList<StateTransition> timeline)
        => _entries.Set(applicationId, new Entry(version, timeline), new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(20) });

    /// <summary>After a save from <paramref name="from"/> to <paramref name="to"/> that wrote <paramref name="added"/>.</summary>
    public void CarryForward(Guid applicationId, int from, int to, IReadOnlyList<StateTransition> added)
    {
        if (Find(applicationId, from) is { } timeline)
        {
            Remember(applicationId, to, added.Count == 0 ? timeline : [.. timeline, .. added]);
        }
    }

    public void Dispose() => _entries.Dispose();

    private sealed record Entry(int Version, IReadOnlyList<StateTransition> Timeline);
}
