using Commerce.Events;
using Commerce.Qualifications;

namespace Commerce.Merchants.Services;

/// <summary>
/// Applies the qualifications module's verdict: categories whose documents are past due become restricted, and
/// are lifted when they are verified again. Registered always; with qualifications disabled nobody publishes.
/// </summary>
internal sealed class QualificationRestrictionHandler(MerchantChanges changes) : IDomainEventHandler<QualificationRestrictionChanged>
{
    public Task HandleAsync(QualificationRestrictionChanged domainEvent, CancellationToken cancellationToken)
        => changes.SetQualificationRestrictionsAsync(domainEvent.MerchantId, domainEvent.RestrictedCategories, domainEvent.Reason, cancellationToken);
}
