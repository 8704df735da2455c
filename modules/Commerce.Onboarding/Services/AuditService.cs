using Commerce.Events;
using Commerce.Merchants;
using Commerce.Onboarding.Data;
using Commerce.Onboarding.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Onboarding.Services;

/// <summary>
/// The auditors' use cases. Every change names the version the auditor saw: when two act on the same application at
/// once, the first save wins and the other gets <see cref="ApplicationConflictException"/> (409 with the current state).
/// </summary>
internal sealed class AuditService(
    OnboardingDbContext db,
    ApplicationRepository applications,
    SettingsStore settings,
    StepCatalog catalog,
    IEventStream events,
    IServiceProvider services,
    TimeProvider clock)
{
    private static readonly string[] Waiting = [nameof(ApplicationStatus.Submitted), nameof(ApplicationStatus.UnderReview)];

    public async Task<AuditQueuePage> QueueAsync(AuditQueueFilter filter, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var query = db.Applications.AsNoTracking();
        query = filter.Status is { } status ? query.Where(a => a.Status == status.ToString()) : query.Where(a => Waiting.Contains(a.Status));
        if (filter.Industry is { Length: > 0 } industry)
        {
            query = query.Where(a => a.Industry == industry);
        }

        if (filter.Region is { Length: > 0 } region)
        {
            query = query.Where(a => a.Region == region);
        }

        if (filter.SubmittedFrom is { } from)
        {
            query = query.Where(a => a.SubmittedUtc >= from);
        }

        if (filter.SubmittedTo is { } to)
        {
            query = query.Where(a => a.SubmittedUtc < to);
        }

        if (filter.WaitingLongerThan is { } waiting)
        {
            var before = now - waiting;
            query = query.Where(a => a.SubmittedUtc <= before);
        }

        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderBy(a => a.SubmittedUtc).ThenBy(a => a.Id)
            .Skip((filter.Page - 1) * filter.PageSize).Take(filter.PageSize)
            .ToListAsync(cancellationToken);
        var items = rows.Select(a => new AuditQueueItem(
            a.Id, a.DisplayName, Enum.Parse<ApplicationMode>(a.Mode), Enum.Parse<ApplicationStatus>(a.Status), a.Industry, a.Region,
            a.ChangeRounds, a.Version, a.SubmittedUtc, a.SubmittedUtc is { } submitted && a.Status is not (nameof(ApplicationStatus.Approved) or nameof(ApplicationStatus.Rejected)) ? now - submitted : null)).ToList();
        return new AuditQueuePage(items, total, filter.Page, filter.PageSize);
    }

    public async Task<MerchantApplication> FindAsync(Guid id, CancellationToken cancellationToken)
        => await applications.FindAsync(id, cancellationToken) ?? throw new ApplicationNotFoundException();

    public Task<MerchantApplication> StartReviewAsync(string auditor, Guid id, int version, CancellationToken cancellationToken)
        => ChangeAsync(id, version, a => a.StartReview(auditor, clock.GetUtcNow()), cancellationToken);

    /// <summary>Records verdicts on fields and documents the application has; unknown items are refused and nothing is stored.</summary>
    public async Task<MerchantApplication> RecordVerdictsAsync(string auditor, Guid id, int version, IReadOnlyList<(string Item, bool Accepted, string? Reason)> verdicts, CancellationToken cancellationToken)
    {
        var application = await LoadAsync(id, version, cancellationToken);
        var steps = await catalog.StepsForAsync(application.Mode, cancellationToken);
        var known = steps.SelectMany(s => s.Fields.Select(f => ItemKeys.Field(s.Key, f.Key)))
            .Concat(application.Content.Documents.Select(d => d.ItemKey))
            .ToHashSet(StringComparer.Ordinal);
        var errors = new Dictionary<string, string[]>();
        for (var i = 0; i < verdicts.Count; i++)
        {
            if (!known.Contains(verdicts[i].Item ?? ""))
            {
                errors[$"verdicts[{i}].item"] = ["The application has no such field or document."];
            }
        }

        if (verdicts.Count == 0)
        {
            errors["verdicts"] = ["Give at least one verdict."];
        }

        if (errors.Count > 0)
        {
            throw new ApplicationRuleException(ApplicationRules.Validation, "Some verdicts were refused.", errors);
        }

        foreach (var (item, accepted, reason) in verdicts)
        {
            application.RecordVerdict(item, accepted, reason, auditor, clock.GetUtcNow());
        }

        await SaveAsync(application, cancellationToken);
        return application;
    }

    public async Task<MerchantApplication> RequestChangesAsync(string auditor, Guid id, int version, string? reason, CancellationToken cancellationToken)
    {
        var limit = (await settings.GetAsync(cancellationToken)).MaxChangeRounds;
        return await ChangeAsync(id, version, a => a.RequestChanges(auditor, clock.GetUtcNow(), reason, limit), cancellationToken);
    }

    public async Task<MerchantApplication> ApproveAsync(string auditor, Guid id, int version, string? gradeId, string? reason, CancellationToken cancellationToken)
    {
        if (gradeId is not null && services.GetService<IMerchantRegistry>() is { } registry
            && !(await registry.GradesAsync(cancellationToken)).Any(g => g.Id == gradeId))
        {
            throw new ApplicationRuleException(ApplicationRules.Validation, "There is no such grade.", new Dictionary<string, string[]> { ["gradeId"] = ["There is no such grade."] });
        }

        return await ChangeAsync(id, version, a => a.Approve(auditor, clock.GetUtcNow(), gradeId, reason), cancellationToken);
    }

    public Task<MerchantApplication> RejectAsync(string auditor, Guid id, int version, string? reason, CancellationToken cancellationToken)
        => ChangeAsync(id, version, a => a.Reject(auditor, clock.GetUtcNow(), reason), cancellationToken);

    private async Task<MerchantApplication> ChangeAsync(Guid id, int version, Action<MerchantApplication> change, CancellationToken cancellationToken)
    {
        var application = await LoadAsync(id, version, cancellationToken);
        change(application);
        await SaveAsync(application, cancellationToken);
        await ApprovalCompletion.WaitForApprovalAsync(events, application, cancellationToken);
        return await applications.RefreshedAsync(application, cancellationToken);
    }

    private async Task<MerchantApplication> LoadAsync(Guid id, int version, CancellationToken cancellationToken)
    {
        var application = await FindAsync(id, cancellationToken);
        return application.Version == version ? application : throw new ApplicationConflictException(id);
    }

    private async Task SaveAsync(MerchantApplication application, CancellationToken cancellationToken)
    {
        var profile = ApplicationProfile.Read(application, await catalog.StepsForAsync(application.Mode, cancellationToken));
        await applications.SaveAsync(application, (profile.DisplayName, await catalog.IndustryOfAsync(profile.Categories, cancellationToken), profile.Value(ProfileBindings.Region)), cancellationToken);
    }
}
