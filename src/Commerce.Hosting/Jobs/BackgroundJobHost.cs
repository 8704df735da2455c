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
/// no shell) and enters the shell of every running tenant that is due, or whose due time is not known yet, or whose
/// shell is built here anyway (its interval jobs that only run while live, such as mail). An idle tenant's shell is
/// therefore built only when one of its jobs is due. It enters the shell like a request does, so a toggle in the
/// middle of a run never disposes the container under the job; the next poll uses the new shell.
/// </summary>
internal sealed class BackgroundJobHost(
    ShellHost shells,
    TenantRegistry registry,
    TimeProvider clock,
    CommerceHostReadiness readiness,
    IOptions<CommerceHostOptions> options,
    ILogger<BackgroundJobHost> logger) : BackgroundService
{
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
                    var isDue = !due.TryGetValue(tenant.Name, out var next) || next is null || next <= now;
                    if (isDue || shells.CurrentShell(tenant.Name) is not null)
                    {
                        await RunTenantAsync(tenant.Name, stoppingToken);
                    }
                }
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
}
