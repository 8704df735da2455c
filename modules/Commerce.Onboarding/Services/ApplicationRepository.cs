using System.Text.Json;
using Commerce.Events;
using Commerce.Onboarding.Events;
using Commerce.Onboarding.Data;
using Commerce.Onboarding.Domain;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Onboarding.Services;

/// <summary>
/// Loads and saves applications. A save writes the application, its new transitions and their events in one transaction and
/// succeeds only if the stored version is still the one loaded (optimistic concurrency); otherwise it throws
/// <see cref="ApplicationConflictException"/> and nothing is written.
/// </summary>
internal sealed class ApplicationRepository(OnboardingDbContext db, TimelineCache timelines)
{
    private readonly Dictionary<Guid, ApplicationRecord> _loaded = [];

    public async Task<MerchantApplication?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var record = await db.Applications.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (record is null)
        {
            return null;
        }

        _loaded[id] = record;
        return ToDomain(record);
    }

    /// <summary>The application as stored now: an approval's completion (the merchant's id) saves it once more after the decision.</summary>
    public async Task<MerchantApplication> RefreshedAsync(MerchantApplication application, CancellationToken cancellationToken)
    {
        if (application.Status != ApplicationStatus.Approved)
        {
            return application;
        }

        // The completion saved it in a scope of its own: forget this scope's copy so the read sees that save.
        if (_loaded.Remove(application.Id, out var stale))
        {
            db.Entry(stale).State = EntityState.Detached;
        }

        return await FindAsync(application.Id, cancellationToken) ?? application;
    }

    /// <summary>The applicant's application that is not final yet, or its latest one.</summary>
    public async Task<MerchantApplication?> LatestOfAsync(string applicantUserId, CancellationToken cancellationToken)
    {
        // An applicant has at most one open application; the decided ones pile up, so only their ids and dates are read.
        var mine = db.Applications.AsNoTracking().Where(a => a.ApplicantUserId == applicantUserId);
        var open = await mine.Where(a => a.Status != nameof(ApplicationStatus.Approved) && a.Status != nameof(ApplicationStatus.Rejected)).FirstOrDefaultAsync(cancellationToken);
        if (open is not null)
        {
            return ToDomain(open);
        }

        var decided = await mine.Select(a => new { a.Id, a.CreatedUtc }).ToListAsync(cancellationToken);
        if (decided.Count == 0)
        {
            return null;
        }

        var latest = decided.MaxBy(a => a.CreatedUtc.UtcTicks)!.Id;
        return ToDomain(await mine.FirstAsync(a => a.Id == latest, cancellationToken));
    }

    /// <summary>The application's timeline as of the version it was loaded or saved at.</summary>
    public async Task<IReadOnlyList<StateTransition>> TimelineAsync(MerchantApplication application, CancellationToken cancellationToken)
    {
        if (timelines.Find(application.Id, application.Version) is { } cached)
        {
            return cached;
        }

        // A save writes its transitions with sequences from its new version times 16: those of later saves are left out.
        var timeline = await ReadTransitionsAsync(application.Id, (application.Version + 1L) * 16, cancellationToken);
        timelines.Remember(application.Id, application.Version, timeline);
        return timeline;
    }

    /// <summary>Every recorded transition of the application, oldest first, read from the database.</summary>
    public Task<IReadOnlyList<StateTransition>> TransitionsAsync(Guid applicationId, CancellationToken cancellationToken)
        => ReadTransitionsAsync(applicationId, long.MaxValue, cancellationToken);

    private async Task<IReadOnlyList<StateTransition>> ReadTransitionsAsync(Guid applicationId, long sequencesBelow, CancellationToken cancellationToken)
    {
        var records = await db.Transitions.AsNoTracking().Where(t => t.ApplicationId == applicationId && t.Sequence < sequencesBelow).ToListAsync(cancellationToken);
        return [.. records.OrderBy(t => t.Sequence).Select(t => new StateTransition(
            t.Id, t.ApplicationId, Enum.Parse<ApplicationAction>(t.Action), Enum.Parse<ApplicationStatus>(t.FromStatus), Enum.Parse<ApplicationStatus>(t.ToStatus), t.ByUserId, t.AtUtc, t.Reason))];
    }

    /// <summary>Saves a new or loaded application (and its new transitions); its version goes one up.</summary>
    /// <param name="summary">The queue's columns: name, industry, region.</param>
    public async Task SaveAsync(MerchantApplication application, (string? Name, string? Industry, string? Region) summary, CancellationToken cancellationToken)
    {
        if (!_loaded.TryGetValue(application.Id, out var record))
        {
            record = new ApplicationRecord { Id = application.Id, ApplicantUserId = application.ApplicantUserId, Mode = application.Mode.ToString(), Status = "", Content = "" };
            db.Applications.Add(record);
            _loaded[application.Id] = record;
        }
        else if (record.Version != application.Version)
        {
            throw new ApplicationConflictException(application.Id);
        }

        record.Status = application.Status.ToString();
        record.ChangeRounds = application.ChangeRounds;
        record.Version = application.Version + 1;
        record.CreatedUtc = application.CreatedUtc;
        record.UpdatedUtc = application.UpdatedUtc;
        record.SubmittedUtc = application.SubmittedUtc;
        record.DecidedUtc = application.DecidedUtc;
        record.InvitationId = application.InvitationId;
        record.GradeId = application.GradeId;
        record.MerchantId = application.MerchantId;
        record.DecisionReason = application.DecisionReason;
        record.DisplayName = Truncate(summary.Name, 200);
        record.Industry = Truncate(summary.Industry, 100);
        record.Region = Truncate(summary.Region, 100);
        record.Content = JsonSerializer.Serialize(application.Content, OnboardingJson.Options);
        // Versions only grow, so (new version, position in this save) orders transitions across saves.
        foreach (var (transition, position) in application.NewTransitions.Select((t, i) => (t, i)))
        {
            db.Transitions.Add(new TransitionRecord
            {
                Id = transition.Id, Sequence = (long)record.Version * 16 + position, ApplicationId = transition.ApplicationId, Action = transition.Action.ToString(),
                FromStatus = transition.From.ToString(), ToStatus = transition.To.ToString(), ByUserId = transition.ByUserId,
                AtUtc = transition.AtUtc, Reason = transition.Reason,
            });
            db.StageEvent(
                new ApplicationTransitioned(
                    transition.ApplicationId, transition.Id, application.ApplicantUserId, transition.Action.ToString(), transition.From.ToString(),
                    transition.To.ToString(), transition.ByUserId, transition.AtUtc, transition.Reason),
                transition.AtUtc);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            _loaded.Remove(application.Id);
            throw new ApplicationConflictException(application.Id);
        }

        timelines.CarryForward(application.Id, application.Version, record.Version, application.NewTransitions);
        application.Version = record.Version;
        application.MarkTransitionsRecorded();
    }

    private static MerchantApplication ToDomain(ApplicationRecord r) => MerchantApplication.Restore(
        r.Id, r.ApplicantUserId, Enum.Parse<ApplicationMode>(r.Mode), Enum.Parse<ApplicationStatus>(r.Status), r.ChangeRounds, r.Version,
        r.CreatedUtc, r.UpdatedUtc, r.SubmittedUtc, r.DecidedUtc, r.InvitationId, r.GradeId, r.MerchantId, r.DecisionReason,
        JsonSerializer.Deserialize<ApplicationContent>(r.Content, OnboardingJson.Options)!);

    private static string? Truncate(string? value, int length) => value is { Length: > 0 } && value.Length > length ? value[..length] : value;
}
