using Commerce.Events;
using Commerce.Merchants;
using Commerce.Qualifications.Data;
using Commerce.Qualifications.Services;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Qualifications.Events;

/// <summary>
/// Follows the Merchants registry: a registered merchant or a changed profile updates this module's copy of the
/// profile (keeping the answers it already has) and evaluates it. Consumer <c>Qualifications.Merchants</c>, fed by the
/// merchants registry's outbox; setting the same profile again is harmless, so a repeated delivery changes nothing.
/// </summary>
internal sealed class MerchantEventsHandler(QualificationsDbContext db, CatalogCache catalog, MerchantProfiles profiles)
    : IEventHandler<MerchantRegistered>, IEventHandler<MerchantProfileChanged>
{
    public Task HandleAsync(MerchantRegistered domainEvent, EventDelivery delivery, CancellationToken cancellationToken)
        => UpdateAsync(domainEvent.MerchantId, domainEvent.Categories, domainEvent.Brands, domainEvent.ShopType, domainEvent.OwnerUserId, cancellationToken);

    public Task HandleAsync(MerchantProfileChanged domainEvent, EventDelivery delivery, CancellationToken cancellationToken)
        => UpdateAsync(domainEvent.MerchantId, domainEvent.Categories, domainEvent.Brands, domainEvent.ShopType, AuditLog.System, cancellationToken);

    private async Task UpdateAsync(Guid merchantId, IReadOnlyList<string> categories, IReadOnlyList<string> brands, ShopType shopType, string userId, CancellationToken cancellationToken)
    {
        var index = await catalog.GetAsync(db, cancellationToken);
        var answers = await db.Profiles.AsNoTracking().Where(p => p.MerchantId == merchantId).Select(p => p.Answers).FirstOrDefaultAsync(cancellationToken);

        // Categories Qualifications does not know carry no rules; keeping them out keeps the profile valid.
        var known = categories.Where(index.Categories.ContainsKey).ToList();
        await profiles.SetAsync(merchantId, new ProfileInput(known, brands, answers, shopType.ToString().ToLowerInvariant()), userId, cancellationToken);
    }
}
