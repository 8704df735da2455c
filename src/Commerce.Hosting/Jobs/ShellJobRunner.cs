using Commerce.Data.Shell;
using Commerce.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Commerce.Hosting.Jobs;

/// <summary>
/// Runs a shell's due jobs, each in a scope of its own. A run is claimed first: a conditional update of the
/// job's lease row in the tenant database, which only one process can win for a given row version. A run
/// that fails releases its lease and is tried again at the next poll; a process that dies mid-run leaves a
/// lease that expires after <see cref="LeaseDuration"/>.
/// </summary>
internal sealed class ShellJobRunner(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ShellJobRunner> logger) : IBackgroundJobRunner
{
    /// <summary>How long a claimed run may take before another process may take it over.</summary>
    public static readonly TimeSpan LeaseDuration = TimeSpan.FromMinutes(10);

    /// <summary>Identifies this process in lease rows.</summary>
    private static readonly string Owner = $"{Guid.NewGuid():n}:{Environment.ProcessId}:{Environment.MachineName}" is var owner && owner.Length > 128 ? owner[..128] : owner;

    public async Task<IReadOnlyList<string>> RunDueAsync(CancellationToken cancellationToken = default)
    {
        List<(string Name, TimeSpan Interval)> jobs;
        using (var listing = scopes.CreateScope())
        {
            jobs = [.. listing.ServiceProvider.GetServices<IBackgroundJob>().Select(j => (j.Name, j.Interval))];
        }

        var ran = new List<string>();
        foreach (var (name, interval) in jobs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (await TryClaimAsync(name, interval, cancellationToken) is not { } claim)
            {
                continue;
            }

            var succeeded = false;
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
                await CompleteAsync(name, succeeded ? claim.Now : null, CancellationToken.None);
            }
        }

        return ran;
    }

    private async Task<(DateTimeOffset Now, DateTimeOffset? PreviousRun)?> TryClaimAsync(string name, TimeSpan interval, CancellationToken cancellationToken)
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

        if (row.LastRunUtc is { } last && now < last + interval)
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
