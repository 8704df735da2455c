using System.Globalization;
using Commerce.Notifications;
using Commerce.Onboarding.Data;
using Commerce.Onboarding.Domain;
using Commerce.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace Commerce.Onboarding.Services;

/// <summary>
/// Tells applicants about each transition. Transitions are written with the application (so none is lost), then
/// relayed to the notifications outbox right after the commit and again by <see cref="TransitionRelayJob"/> for
/// whatever a crash or a missing outbox left behind. The outbox key <c>onboarding:{transitionId}</c> makes a
/// second relay of the same transition do nothing.
/// </summary>
internal sealed class TransitionRelay(
    OnboardingDbContext db,
    ApprovalCompletion approvals,
    IServiceProvider services,
    IStringLocalizer text,
    TimeProvider clock,
    ILogger<TransitionRelay> logger)
{
    public const int BatchSize = 100;

    /// <summary>Right after a commit: completes an approval and relays, without failing the request that made the change.</summary>
    public async Task AfterCommitAsync(MerchantApplication application, CancellationToken cancellationToken)
    {
        try
        {
            if (application.Status == ApplicationStatus.Approved && application.MerchantId is null)
            {
                await approvals.CompleteAsync(application.Id, cancellationToken);
            }

            await RelayAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "Relaying onboarding transitions after a commit failed; the background job will retry.");
        }
    }

    /// <summary>Queues a notification for every unrelayed transition; returns how many were relayed.</summary>
    public async Task<int> RelayAsync(CancellationToken cancellationToken)
    {
        if (services.GetService<INotificationOutbox>() is not { } outbox)
        {
            return 0;
        }

        var pending = await db.Transitions.Where(t => t.RelayedUtc == null).Take(BatchSize).ToListAsync(cancellationToken);
        if (pending.Count == 0)
        {
            return 0;
        }

        var ids = pending.Select(t => t.ApplicationId).Distinct().ToList();
        var applicants = await db.Applications.AsNoTracking().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.ApplicantUserId, cancellationToken);
        var users = services.GetService<IUserDirectory>();
        foreach (var transition in pending.OrderBy(t => t.Sequence))
        {
            if (applicants.TryGetValue(transition.ApplicationId, out var applicant))
            {
                var contact = users is null ? null : await users.FindAsync(applicant, cancellationToken);
                await outbox.EnqueueAsync(Message(transition, applicant, contact?.Culture), cancellationToken);
            }

            transition.RelayedUtc = clock.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken);
        }

        return pending.Count;
    }

    private Notification Message(TransitionRecord transition, string applicant, string? culture)
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            if (culture is not null)
            {
                CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            }

            var status = text[StatusText(transition.ToStatus)].Value;
            var subject = text["Your shop application: {0}", status].Value;
            var body = transition.Reason is null ? subject : $"{subject}\n\n{text["Reason: {0}", transition.Reason].Value}";
            return new Notification($"onboarding:{transition.Id}", applicant, subject, body, "/apply/progress", OnboardingVisibility.FeatureId);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    /// <summary>The words the progress timeline uses for a status.</summary>
    public static string StatusText(string status) => status switch
    {
        nameof(ApplicationStatus.Draft) => "Draft",
        nameof(ApplicationStatus.Submitted) => "Submitted",
        nameof(ApplicationStatus.UnderReview) => "Under review",
        nameof(ApplicationStatus.ChangesRequested) => "Changes requested",
        nameof(ApplicationStatus.Approved) => "Approved",
        nameof(ApplicationStatus.Rejected) => "Rejected",
        _ => status,
    };
}
