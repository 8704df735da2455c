using Commerce.Data.Shell;
using Commerce.Events;
using Commerce.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Commerce.Hosting.Events;

/// <summary>
/// Daily: deletes events every consumer of the shell has passed and that are older than the retention, and forgets
/// the reports of node consumers whose process has been gone for a day. A consumer whose feature is disabled does
/// not hold events back; should it come back after longer than the retention, it resumes at the oldest event kept.
/// </summary>
internal sealed class EventPruneJob(ShellStateDbContext db, EventDispatcher dispatcher, IOptions<EventStreamOptions> options) : IBackgroundJob
{
    /// <summary>A node consumer's report older than this is a process that is gone.</summary>
    public static readonly TimeSpan NodeGone = TimeSpan.FromDays(1);

    public string Name => "Events.Prune";

    public JobSchedule Schedule => JobSchedule.Every(TimeSpan.FromDays(1));

    public async Task RunAsync(BackgroundJobContext context, CancellationToken cancellationToken)
    {
        var names = dispatcher.Consumers.Select(c => c.Name).ToList();
        var rows = await db.EventConsumers.AsNoTracking().Where(c => names.Contains(c.Name)).ToListAsync(cancellationToken);
        var gone = rows.Where(r => r.Node != "" && context.Now - r.UpdatedUtc > NodeGone).ToList();
        foreach (var row in gone)
        {
            await db.EventConsumers.Where(c => c.Name == row.Name && c.Node == row.Node).ExecuteDeleteAsync(cancellationToken);
        }

        var live = rows.Except(gone).ToList();
        var clusterNames = dispatcher.Consumers.Where(c => c.Kind == EventConsumerKind.Cluster).Select(c => c.Name).ToHashSet();
        if (clusterNames.Any(n => !live.Any(r => r.Name == n && r.Node == "")))
        {
            return; // a consumer has not started yet: it may want everything kept
        }

        var passed = live.Count == 0 ? await dispatcher.HeadAsync(cancellationToken) : live.Min(r => r.Position);
        var cutoff = context.Now - options.Value.Retention;

        // SQLite cannot compare DateTimeOffset columns in SQL: find the newest old-enough event by reading times in order.
        var candidates = await db.Events.AsNoTracking().Where(e => e.Sequence <= passed)
            .OrderBy(e => e.Sequence).Select(e => new { e.Sequence, e.OccurredUtc }).Take(10_000).ToListAsync(cancellationToken);
        var last = candidates.TakeWhile(e => e.OccurredUtc < cutoff).Select(e => (long?)e.Sequence).LastOrDefault();
        if (last is { } upTo)
        {
            await db.Events.Where(e => e.Sequence <= upTo).ExecuteDeleteAsync(cancellationToken);
        }
    }
}
