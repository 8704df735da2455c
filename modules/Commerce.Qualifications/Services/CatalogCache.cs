using Commerce.Data;
using Commerce.Qualifications.Data;
using Commerce.Qualifications.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Commerce.Qualifications.Services;

/// <summary>
/// The shell's compiled <see cref="RuleIndex"/>. A use reads the catalog stamp (one small query) when it last did so
/// longer ago than the host's cache synchronization latency, or after a change made through this process
/// (<see cref="Invalidate"/>), and rebuilds the index only when the stamp moved: a change made here applies at once,
/// one made through another host process within that latency.
/// </summary>
internal sealed class CatalogCache(IOptions<CachedDocumentOptions> options, TimeProvider clock)
{
    private readonly SemaphoreSlim _rebuild = new(1, 1);
    private readonly TimeSpan _latency = options.Value.SynchronizationLatency;
    private (long Stamp, RuleIndex Index)? _current;
    private long _checkedAt;
    private volatile bool _stale = true;

    public async Task<RuleIndex> GetAsync(QualificationsDbContext db, CancellationToken cancellationToken)
    {
        if (!_stale && _current is { } trusted && clock.GetElapsedTime(Interlocked.Read(ref _checkedAt)) < _latency)
        {
            return trusted.Index;
        }

        _stale = false;
        var checkedAt = clock.GetTimestamp();
        var stamp = await StampAsync(db, cancellationToken);
        if (_current is { } current && current.Stamp == stamp)
        {
            Interlocked.Exchange(ref _checkedAt, checkedAt);
            return current.Index;
        }

        await _rebuild.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } built && built.Stamp == stamp)
            {
                return built.Index;
            }

            var index = (await LoadAsync(db, cancellationToken)).ToIndex();
            _current = (stamp, index);
            Interlocked.Exchange(ref _checkedAt, checkedAt);
            return index;
        }
        finally
        {
            _rebuild.Release();
        }
    }

    public static async Task<CatalogContent> LoadAsync(QualificationsDbContext db, CancellationToken cancellationToken)
        => new(
            await db.Industries.AsNoTracking().ToListAsync(cancellationToken),
            await db.Categories.AsNoTracking().ToListAsync(cancellationToken),
            await db.DocumentTypes.AsNoTracking().ToListAsync(cancellationToken),
            await db.Rules.AsNoTracking().ToListAsync(cancellationToken));

    /// <summary>Makes the next use read the stamp: call after committing a catalog change.</summary>
    public void Invalidate() => _stale = true;

    /// <summary>Moves the stamp in the same unit of work as a catalog change (call before <c>SaveChanges</c>).</summary>
    public static async Task TouchAsync(QualificationsDbContext db, CancellationToken cancellationToken)
    {
        var stamp = await db.CatalogStamps.FindAsync([CatalogStamp.SingletonId], cancellationToken);
        if (stamp is null)
        {
            db.CatalogStamps.Add(new CatalogStamp { Version = 1 });
        }
        else
        {
            stamp.Version++;
        }
    }

    private static async Task<long> StampAsync(QualificationsDbContext db, CancellationToken cancellationToken)
        => await db.CatalogStamps.AsNoTracking().Where(s => s.Id == CatalogStamp.SingletonId).Select(s => s.Version).FirstOrDefaultAsync(cancellationToken);
}
