using Commerce.Events;
using Commerce.Onboarding.Domain;
using Commerce.Onboarding.Services;

namespace Commerce.Onboarding.Events;

/// <summary>
/// Consumer <c>Onboarding.Approvals</c>: registers the merchant of every approved application. The auditor's request
/// tries it at once; this is what finishes it when that try failed or its process died. Registration is idempotent per
/// application, so a second delivery finds the merchant and stops.
/// </summary>
internal sealed class ApprovalHandler(ApprovalCompletion approvals) : IEventHandler<ApplicationTransitioned>
{
    public Task HandleAsync(ApplicationTransitioned domainEvent, EventDelivery delivery, CancellationToken cancellationToken)
        => domainEvent.To == nameof(ApplicationStatus.Approved)
            ? approvals.CompleteAsync(domainEvent.ApplicationId, cancellationToken)
            : Task.CompletedTask;
}
