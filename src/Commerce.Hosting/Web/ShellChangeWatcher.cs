using Commerce.Hosting.Shells;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Commerce.Hosting.Web;

/// <summary>
/// Polls the tenant registry's change stamps so this host follows changes made by other host processes
/// and the CLI, without a restart.
/// </summary>
internal sealed class ShellChangeWatcher(
    ShellHost shells,
    CommerceHostReadiness readiness,
    IOptions<CommerceHostOptions> options,
    ILogger<ShellChangeWatcher> logger) : BackgroundService
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

        using var timer = new PeriodicTimer(options.Value.ShellPollInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await shells.RefreshAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogWarning(e, "Could not refresh tenants from the registry; trying again");
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The host is stopping.
        }
    }
}
