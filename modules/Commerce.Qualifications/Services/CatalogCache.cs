using Commerce.Data;
using Commerce.Qualifications.Data;
using Commerce.Qualifications.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Commerce.Qualifications.Services;

/// <summary>
/// The shell's compiled <see cref="RuleIndex"/>, held in a <see cref="CachedDocument{T}"/>: once the document is
/// older than the host's cache synchronization latency, or after a change made through this process
/// (<see cref="Invalidate"/>), a use reads the catalog stamp (one small query) and rebuilds the index only when the
/// stamp moved. A change made here applies at once, one made through another host process within that latency.
/// </summary>
internal sealed class CatalogCache(IOptions<CachedDocumentOptions> options, TimeProvider clock)
{
    private readonly CachedDocument<StampedIndex> _document = new(options, clock);
    private StampedIndex? _last;

    public async Task<RuleIndex> GetAsync(QualificationsDbContext db, CancellationToken cancellationToken)
        => (await _document.GetAsync(async ct =>
        {
            var stamp = await StampAsync(db, ct);
            if (_last is not { } last || last.Stamp != stamp)
            {
                _last = new StampedIndex(stamp, (await LoadAsync(db, ct)).ToIndex());
            }

            return _last;
        }, cancellationToken)).Index;

    /// <summary>Makes the next use read the stamp: call after committing a catalog change.</summary>
    public void Invalidate() => _document.Invalidate();

    public static async Task<CatalogContent> LoadAsync(QualificationsDbContext db, CancellationToken cancellationToken)
        => new(
            await db.Industries.AsNoTracking().ToListAsync(cancellationToken),
            await db.Categories.AsNoTracking().ToListAsync(cancellationToken),
            await db.DocumentTypes.AsNoTracking().ToListAsync(cancellationToken),
            await db.Rules.AsNoTracking().ToListAsync(cancellationToken));

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

    private sealed record StampedIndex(long Stamp, RuleIndex Index);

    private static async Task<long> StampAsync(QualificationsDbContext db, CancellationToken cancellationToken)
        => await db.CatalogStamps.AsNoTracking().Where(s => s.Id == CatalogStamp.SingletonId).Select(s => s.Version).FirstOrDefaultAsync(cancellationToken);
}
