using System.Diagnostics.Metrics;
using Commerce.Data.Host;
using Commerce.Hosting.Shells;
using Commerce.Hosting.Tenants;
using Commerce.Hosting.Web;
using Commerce.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Commerce.Hosting.Jobs;

/// <summary>
/// Runs due background jobs. Every poll it reads each tenant's next due time from the host's registry (one query,
/// no shell) and enters the shell of every running tenant that is due, or whose due time is not known yet (never
/// recorded, or reset by a change to the tenant), or whose shell is built here anyway (its interval jobs that only run
/// while live, such as mail). A tenant none of whose jobs may wake it is recorded as due at
/// <see cref="DateTimeOffset.MaxValue"/> and never woken. An idle tenant's shell is therefore built only when one of its
/// jobs is due. It enters the shell like a request does, so a toggle in the middle of a run never disposes the
/// container under the job; the next poll uses the new shell.
/// </summary>
/// <remarks>
/// Meter <c>Commerce.Hosting</c>: <c>commerce.jobs.polls</c> counts finished polls, <c>commerce.jobs.shells_woken</c>
/// the shells a poll had to build, and <c>commerce.shells.live</c> observes the shells built in this process.
/// </remarks>
internal sealed class BackgroundJobHost(
    ShellHost shells,
    TenantRegistry registry,
    TimeProvider clock,
    CommerceHostReadiness readiness,
    IOptions<CommerceHostOptions> options,
    IMeterFactory meters,
    ILogger<BackgroundJobHost> logger) : BackgroundService
{
    /// <summary>The name of the meter the job host reports on.</summary>
    public const string MeterName = "Commerce.Hosting";

    private readonly (Counter<long> Polls, Counter<long> Woken) _metrics = CreateMetrics(meters, shells);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await readiness.WaitAsync(stoppingToken);
        }
        catch (Exception) when (!stoppingToken.IsCancellationRequested)
        {
            return; // start-up failed; the host is stopping anyway
        }

        if (options.Value.JobPollInterval <= TimeSpan.Zero)
        {
            return; // jobs run only when asked (tests, or a host dedicated to serving)
        }

        using var timer = new PeriodicTimer(options.Value.JobPollInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                Dictionary<string, DateTimeOffset?> due;
                try
                {
                    due = await registry.JobDueTimesAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogWarning(e, "Could not read the tenants' job due times; trying again at the next poll");
                    continue;
                }

                var now = clock.GetUtcNow();
                foreach (var tenant in shells.Tenants.Where(t => t.State == TenantStates.Running))
                {
                    // Unknown (no row value yet, or reset by a change): due, so its shell records it. DateTimeOffset.MaxValue
                    // (no job may wake it) is never due.
                    var isDue = !due.TryGetValue(tenant.Name, out var next) || next is not { } at || at <= now;
                    var built = shells.CurrentShell(tenant.Name) is not null;
                    if (isDue || built)
                    {
                        if (!built)
                        {
                            _metrics.Woken.Add(1);
                        }

                        await RunTenantAsync(tenant.Name, stoppingToken);
                    }
                }

                _metrics.Polls.Add(1);
            }
        }
        catch (OperationCanceledException)
        {
            // The host is stopping.
        }
    }

    private async Task RunTenantAsync(string tenant, CancellationToken stoppingToken)
    {
        try
        {
            var shell = await shells.GetShellAsync(tenant, stoppingToken);
            if (!shell.TryEnter())
            {
                return; // replaced just now; the next poll gets the new shell
            }

            try
            {
                await shell.Services.GetRequiredService<IBackgroundJobRunner>().RunDueAsync(stoppingToken);
            }
            finally
            {
                shell.Leave();
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Background jobs of tenant {Tenant} could not run; trying again at the next poll", tenant);
        }
    }

    private static (Counter<long> Polls, Counter<long> Woken) CreateMetrics(IMeterFactory meters, ShellHost shells)
    {
        var meter = meters.Create(MeterName);
        meter.CreateObservableGauge("commerce.shells.live", () => shells.LiveShellCount, description: "Shells built and not yet disposed in this process.");
        return (
            meter.CreateCounter<long>("commerce.jobs.polls", description: "Polls of the job host that read the tenants' due times."),
            meter.CreateCounter<long>("commerce.jobs.shells_woken", description: "Shells the job host built because a tenant's job was due or its due time unknown."));
    }
}
