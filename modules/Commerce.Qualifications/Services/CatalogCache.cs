using Commerce.Qualifications.Data;
using Commerce.Qualifications.Domain;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Qualifications.Services;

/// <summary>
/// The shell's compiled <see cref="RuleIndex"/>. Each use reads the catalog stamp (one small query) and rebuilds
/// the index only when the stamp moved, so a rule changed through another host process is seen on the next request.
/// </summary>
internal sealed class CatalogCache
{
    private readonly SemaphoreSlim _rebuild = new(1, 1);
    private (long Stamp, RuleIndex Index)? _current;

    public async Task<RuleIndex> GetAsync(QualificationsDbContext db, CancellationToken cancellationToken)
    {
        var stamp = await StampAsync(db, cancellationToken);
        if (_current is { } current && current.Stamp == stamp)
        {
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
