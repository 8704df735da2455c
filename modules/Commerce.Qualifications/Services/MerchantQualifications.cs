using Commerce.Events;
using Commerce.Qualifications.Data;
using Commerce.Qualifications.Domain;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Qualifications.Services;

/// <summary>
/// Evaluates a stored merchant: its requirement set from its profile and documents, the statuses kept per
/// requirement (when each was first owed, its last state), its restriction, and the notices it is owed. Every change
/// of a merchant's documents, profile or the rules ends here.
/// </summary>
internal sealed class MerchantQualifications(
    QualificationsDbContext db,
    CatalogCache catalog,
    QualificationClock clock,
    AuditLog audit,
    MerchantNotices notices)
{
    /// <summary>The merchant's requirement set, or null when Qualifications has no profile for it.</summary>
    public async Task<RequirementSet?> EvaluateAsync(Guid merchantId, CancellationToken cancellationToken)
    {
        var profile = await db.Profiles.AsNoTracking().FirstOrDefaultAsync(p => p.MerchantId == merchantId, cancellationToken);
        if (profile is null)
        {
            return null;
        }

        var index = await catalog.GetAsync(db, cancellationToken);
        var now = clock.Now();
        var documents = await db.Documents.AsNoTracking().Where(d => d.MerchantId == merchantId).OrderBy(d => d.Id).ToListAsync(cancellationToken);
        var statuses = await db.RequirementStatuses.Where(s => s.MerchantId == merchantId).ToDictionaryAsync(s => s.Key, cancellationToken);

        var dueSince = statuses.Values.ToDictionary(s => s.Key, s => s.DueSince, StringComparer.Ordinal);
        var set = index.Evaluate(profile.ToContract(), [.. documents.Select(d => d.ToDetails())], now, dueSince);
        Record(merchantId, set, statuses, now.Now);
        if (await RestrictAsync(merchantId, set, now.Now, cancellationToken) is { } restriction)
        {
            db.StageEvent(restriction, now.Now);
        }

        await db.SaveChangesAsync(cancellationToken);
        await notices.SendAsync(merchantId, set, cancellationToken);
        return set;
    }

    /// <summary>Evaluates every merchant in <paramref name="merchantIds"/> (after a rule change, or the daily run).</summary>
    public async Task<int> EvaluateAllAsync(IEnumerable<Guid> merchantIds, CancellationToken cancellationToken)
    {
        var count = 0;
        foreach (var id in merchantIds)
        {
            db.ChangeTracker.Clear();
            await EvaluateAsync(id, cancellationToken);
            count++;
        }

        return count;
    }

    private void Record(Guid merchantId, RequirementSet set, Dictionary<string, RequirementStatus> statuses, DateTimeOffset now)
    {
        foreach (var item in set.Items)
        {
            if (!statuses.Remove(item.Key, out var status))
            {
                status = new RequirementStatus { MerchantId = merchantId, Key = item.Key, DueSince = now };
                db.RequirementStatuses.Add(status);
            }

            if (status.State != item.State || status.Deadline != item.Deadline || status.Reason != item.Reason || !status.Categories.SequenceEqual(item.Categories))
            {
                status.State = item.State;
                status.Deadline = item.Deadline;
                status.Reason = item.Reason;
                status.Categories = [.. item.Categories];
                status.UpdatedAt = now;
            }
        }

        // No longer owed (a rule or category removed): forget it, so it starts a fresh grace period if it comes back.
        db.RequirementStatuses.RemoveRange(statuses.Values);
    }

    /// <summary>Stores the merchant's restriction; returns the event to publish when it changed.</summary>
    private async Task<QualificationRestrictionChanged?> RestrictAsync(Guid merchantId, RequirementSet set, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var categories = Restrictions.RestrictedCategories(set);
        var current = await db.Restrictions.FirstOrDefaultAsync(r => r.MerchantId == merchantId, cancellationToken);
        var before = current?.Categories ?? [];
        if (before.SequenceEqual(categories))
        {
            return null;
        }

        var keys = Restrictions.PastDueKeys(set);
        var reason = categories.Count == 0
            ? "Every required document is valid again."
            : $"Past due: {string.Join(", ", keys)}.";
        if (categories.Count == 0)
        {
            db.Restrictions.Remove(current!);
            audit.Add(merchantId, AuditActions.RestrictionLifted, AuditLog.System, detail: $"Lifted: {string.Join(", ", before)}.");
        }
        else
        {
            if (current is null)
            {
                current = new MerchantRestriction { MerchantId = merchantId, Since = now };
                db.Restrictions.Add(current);
            }

            current.Categories = [.. categories];
            current.Reason = reason;
            current.UpdatedAt = now;
            audit.Add(merchantId, AuditActions.Restricted, AuditLog.System, detail: $"Restricted in {string.Join(", ", categories)}. {reason}");
        }

        return new QualificationRestrictionChanged(merchantId, categories, reason);
    }
}
