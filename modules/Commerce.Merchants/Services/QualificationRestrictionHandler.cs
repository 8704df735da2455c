using Commerce.Events;
using Commerce.Qualifications;

namespace Commerce.Merchants.Services;

/// <summary>
/// Applies the qualifications module's verdict: categories whose documents are past due become restricted, and
/// are lifted when they are verified again. Consumer <c>Merchants.QualificationRestrictions</c>; with qualifications
/// disabled nobody stages the event. Idempotent: applying the same verdict again changes nothing.
/// </summary>
internal sealed class QualificationRestrictionHandler(MerchantChanges changes) : IEventHandler<QualificationRestrictionChanged>
{
    public Task HandleAsync(QualificationRestrictionChanged domainEvent, EventDelivery delivery, CancellationToken cancellationToken)
        => changes.SetQualificationRestrictionsAsync(domainEvent.MerchantId, domainEvent.RestrictedCategories, domainEvent.Reason, cancellationToken);
}
