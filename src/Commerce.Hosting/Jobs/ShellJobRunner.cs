using Commerce.Data.Shell;
using Commerce.Hosting.Events;
using Commerce.Hosting.Shells;
using Commerce.Hosting.Tenants;
using Commerce.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Commerce.Hosting.Jobs;

/// <summary>
/// Runs a shell's due jobs, each in a scope of its own. A run is claimed first: a conditional update of the
/// job's lease row in the tenant database, which only one process can win for a given row version. The lease is
/// renewed while the run lasts; a run that fails releases it and is tried again at the next poll; a process that dies
/// mid-run leaves a lease that expires after <see cref="LeaseDuration"/>. After a pass the tenant's next due time is
/// recorded in the host's registry, where the job host reads it without building the shell.
/// </summary>
internal sealed class ShellJobRunner(
    IServiceScopeFactory scopes, ShellBlueprint blueprint, TimeProvider clock, ILogger<ShellJobRunner> logger, TenantRegistry? registry = null) : IBackgroundJobRunner
{
    /// <summary>How long a claimed run holds its lease without renewal before another process may take it over.</summary>
    public static readonly TimeSpan LeaseDuration = TimeSpan.FromMinutes(2);

    private readonly TimeZoneInfo _zone = blueprint.Settings.GetValueOrDefault("Commerce.TimeZone") is { Length: > 0 } id
        && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;

    /// <summary>The due time (UTC ticks) this shell last wrote to the registry; -1 before its first write.</summary>
    private long _recordedDueTicks = -1;

    /// <summary>Identifies this process in lease rows.</summary>
    private static readonly string Owner = HostNode.Id;

    public async Task<IReadOnlyList<string>> RunDueAsync(CancellationToken cancellationToken = default)
    {
        List<(string Name, JobSchedule Schedule)> jobs;
        using (var listing = scopes.CreateScope())
        {
            jobs = [.. listing.ServiceProvider.GetServices<IBackgroundJob>().Select(j => (j.Name, j.Schedule))];
        }

        var ran = new List<string>();
        foreach (var (name, schedule) in jobs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (await TryClaimAsync(name, schedule, cancellationToken) is not { } claim)
            {
                continue;
            }

            var succeeded = false;
            using var renewal = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var renewing = RenewAsync(name, renewal.Token);
            try
            {
                using var scope = scopes.CreateScope();
                var job = scope.ServiceProvider.GetServices<IBackgroundJob>().First(j => j.Name == name);
                await job.RunAsync(new BackgroundJobContext(claim.Now, claim.PreviousRun), cancellationToken);
                succeeded = true;
                ran.Add(name);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                logger.LogError(e, "Background job {Job} failed; it runs again at the next poll", name);
            }
            finally
            {
                await renewal.CancelAsync();
                await renewing;
                await CompleteAsync(name, succeeded ? claim.Now : null, CancellationToken.None);
            }
        }

        await RecordNextDueAsync(jobs, cancellationToken);
        return ran;
    }

    /// <summary>Keeps a running job's lease from expiring, however long the run takes.</summary>
    private async Task RenewAsync(string name, CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                await Task.Delay(LeaseDuration / 4, clock, cancellationToken);
                using var scope = scopes.CreateScope();
                var db = scope.ServiceProvider.GetRequiredService<ShellStateDbContext>();
                var until = clock.GetUtcNow() + LeaseDuration;
                await db.JobRuns.Where(r => r.Name == name && r.LeaseOwner == Owner)
                    .ExecuteUpdateAsync(set => set.SetProperty(r => r.LeaseUntilUtc, until), cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            // The run ended.
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Could not renew the lease of background job {Job}", name);
        }
    }

    /// <summary>
    /// Writes the earliest due time of the jobs that may wake an idle tenant, for the job host to read without a shell:
    /// <see cref="DateTimeOffset.MaxValue"/> when there is none (only jobs that run while the shell is built), so the job
    /// host never wakes the tenant for them. Written only when it changed since this shell last wrote it: a shell that stays
    /// built is entered every poll, and its host's registry should not take a write each time.
    /// </summary>
    private async Task RecordNextDueAsync(List<(string Name, JobSchedule Schedule)> jobs, CancellationToken cancellationToken)
    {
        if (registry is null)
        {
            return;
        }

        try
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<ShellStateDbContext>();
            var runs = await db.JobRuns.AsNoTracking().ToDictionaryAsync(r => r.Name, r => r.LastRunUtc, cancellationToken);
            var now = clock.GetUtcNow();
            var due = jobs.Where(j => !j.Schedule.WhileLive)
                .Select(j => j.Schedule.NextDue(runs.GetValueOrDefault(j.Name), now, _zone))
                .DefaultIfEmpty(DateTimeOffset.MaxValue)
                .Min();
            if (Interlocked.Read(ref _recordedDueTicks) == due.UtcTicks)
            {
                return;
            }

            await registry.SetJobDueAsync(blueprint.Tenant.Name, due, cancellationToken);
            Interlocked.Exchange(ref _recordedDueTicks, due.UtcTicks);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "Could not record when tenant {Tenant}'s next job is due; the job host asks its shell again", blueprint.Tenant.Name);
        }
    }

    private async Task<(DateTimeOffset Now, DateTimeOffset? PreviousRun)?> TryClaimAsync(string name, JobSchedule schedule, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ShellStateDbContext>();
        var now = clock.GetUtcNow();
        var row = await db.JobRuns.AsNoTracking().SingleOrDefaultAsync(r => r.Name == name, cancellationToken);
        if (row is null)
        {
            db.JobRuns.Add(new JobRunRecord { Name = name, Version = 0 });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another process inserted it first; its row is read below like any other.
            }

            db.ChangeTracker.Clear();
            row = await db.JobRuns.AsNoTracking().SingleAsync(r => r.Name == name, cancellationToken);
        }

        if (now < schedule.NextDue(row.LastRunUtc, now, _zone))
        {
            return null;
        }

        if (row.LeaseUntilUtc is { } leased && now < leased)
        {
            return null;
        }

        // Comparison on the version only: SQLite cannot compare DateTimeOffset columns in SQL, and the version
        // alone proves nobody claimed or finished a run since the row was read.
        var until = now + LeaseDuration;
        var claimed = await db.JobRuns
            .Where(r => r.Name == name && r.Version == row.Version)
            .ExecuteUpdateAsync(set => set
                .SetProperty(r => r.LeaseOwner, Owner)
                .SetProperty(r => r.LeaseUntilUtc, until)
                .SetProperty(r => r.Version, row.Version + 1), cancellationToken);
        return claimed == 1 ? (now, row.LastRunUtc) : null;
    }

    private async Task CompleteAsync(string name, DateTimeOffset? succeededAt, CancellationToken cancellationToken)
    {
        try
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<ShellStateDbContext>();
            var released = db.JobRuns.Where(r => r.Name == name && r.LeaseOwner == Owner);
            if (succeededAt is { } at)
            {
                await released.ExecuteUpdateAsync(set => set
                    .SetProperty(r => r.LastRunUtc, at)
                    .SetProperty(r => r.LeaseOwner, (string?)null)
                    .SetProperty(r => r.LeaseUntilUtc, (DateTimeOffset?)null)
                    .SetProperty(r => r.Version, r => r.Version + 1), cancellationToken);
            }
            else
            {
                await released.ExecuteUpdateAsync(set => set
                    .SetProperty(r => r.LeaseOwner, (string?)null)
                    .SetProperty(r => r.LeaseUntilUtc, (DateTimeOffset?)null)
                    .SetProperty(r => r.Version, r => r.Version + 1), cancellationToken);
            }
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Could not release the lease of background job {Job}; it expires on its own", name);
        }
    }
}
