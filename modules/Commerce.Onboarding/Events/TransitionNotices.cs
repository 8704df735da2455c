using System.Globalization;
using Commerce.Events;
using Commerce.Notifications;
using Commerce.Onboarding.Services;
using Commerce.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Commerce.Onboarding.Events;

/// <summary>
/// Consumer <c>Onboarding.Notices</c>: tells the applicant about each transition, in the inbox and by e-mail, in the
/// applicant's language. It waits while notifications are off and catches up when they are back; the notification key
/// <c>onboarding:{transitionId}</c> makes a second delivery of the same transition queue nothing.
/// </summary>
internal sealed class TransitionNotices(IServiceProvider services, IStringLocalizer text) : IEventHandler<ApplicationTransitioned>
{
    public async Task HandleAsync(ApplicationTransitioned domainEvent, EventDelivery delivery, CancellationToken cancellationToken)
    {
        var outbox = services.GetRequiredService<INotificationOutbox>();
        var contact = services.GetService<IUserDirectory>() is { } users ? await users.FindAsync(domainEvent.ApplicantUserId, cancellationToken) : null;
        await outbox.EnqueueAsync(Message(domainEvent, contact?.Culture), cancellationToken);
    }

    private Notification Message(ApplicationTransitioned transition, string? culture)
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            if (culture is not null)
            {
                CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            }

            var status = text[StatusText(transition.To)].Value;
            var subject = text["Your shop application: {0}", status].Value;
            var body = transition.Reason is null ? subject : $"{subject}\n\n{text["Reason: {0}", transition.Reason].Value}";
            return new Notification($"onboarding:{transition.TransitionId}", transition.ApplicantUserId, subject, body, "/apply/progress", OnboardingVisibility.FeatureId);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    /// <summary>The words the progress timeline uses for a status.</summary>
    public static string StatusText(string status) => status switch
    {
        nameof(Domain.ApplicationStatus.Draft) => "Draft",
        nameof(Domain.ApplicationStatus.Submitted) => "Submitted",
        nameof(Domain.ApplicationStatus.UnderReview) => "Under review",
        nameof(Domain.ApplicationStatus.ChangesRequested) => "Changes requested",
        nameof(Domain.ApplicationStatus.Approved) => "Approved",
        nameof(Domain.ApplicationStatus.Rejected) => "Rejected",
        _ => status,
    };
}
