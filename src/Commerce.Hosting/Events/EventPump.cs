using System.Collections.Concurrent;
using Commerce.Data.Host;
using Commerce.Hosting.Shells;
using Commerce.Hosting.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Commerce.Hosting.Events;

/// <summary>
/// Keeps every tenant whose shell is built in this process delivering its events: one loop per such tenant, woken at
/// once when this process commits events (<see cref="OutboxSignal"/>) and otherwise every shell poll interval, which
/// is how events committed by other processes arrive. A tenant without a built shell costs nothing; its events wait
/// in its database until its shell is built here or handled by another process.
/// </summary>
/// <remarks>
/// A loop enters the tenant's current shell for each round, like a request, so a feature toggle swaps the consumers
/// between two rounds and never disposes a container under a handler.
/// </remarks>
internal sealed class EventPump(
    ShellHost shells,
    OutboxSignal signal,
    CommerceHostReadiness readiness,
    IOptions<CommerceHostOptions> hostOptions,
    IOptions<EventStreamOptions> options,
    ILogger<EventPump> logger) : BackgroundService
{
    private readonly ConcurrentDictionary<string, Task> _pumps = new(StringComparer.OrdinalIgnoreCase);
    private CancellationToken _stopping;

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

        if (!options.Value.Deliver)
        {
            return;
        }

        _stopping = stoppingToken;
        signal.Nudged += Ensure;
        try
        {
            using var timer = new PeriodicTimer(hostOptions.Value.ShellPollInterval);
            do
            {
                foreach (var tenant in shells.Tenants.Where(t => t.State == TenantStates.Running))
                {
                    if (shells.CurrentShell(tenant.Name) is not null)
                    {
                        Ensure(tenant.Name);
                    }
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException)
        {
            // The host is stopping.
        }
        finally
        {
            signal.Nudged -= Ensure;
            await Task.WhenAll(_pumps.Values);
        }
    }

    private void Ensure(string tenant)
    {
        if (_stopping.IsCancellationRequested || _pumps.ContainsKey(tenant))
        {
            return;
        }

        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var pump = start.Task.ContinueWith(_ => RunAsync(tenant), TaskScheduler.Default).Unwrap();
        if (_pumps.TryAdd(tenant, pump))
        {
            start.SetResult();
        }
    }

    private async Task RunAsync(string tenant)
    {
        var interval = hostOptions.Value.ShellPollInterval;
        try
        {
            while (!_stopping.IsCancellationRequested)
            {
                if (shells.CurrentShell(tenant) is not { } shell)
                {
                    return; // no shell here (idle, stopped or never built): started again when one is
                }

                var more = false;
                if (shell.TryEnter())
                {
                    try
                    {
                        if (shell.Services.GetService<EventDispatcher>() is { } dispatcher)
                        {
                            more = (await dispatcher.DeliverAsync(_stopping)).More;
                        }
                    }
                    catch (Exception e) when (e is not OperationCanceledException || !_stopping.IsCancellationRequested)
                    {
                        logger.LogWarning(e, "Delivering the events of tenant {Tenant} failed; trying again", tenant);
                    }
                    finally
                    {
                        shell.Leave();
                    }
                }

                if (!more)
                {
                    await signal.WaitAsync(tenant, interval, _stopping);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The host is stopping.
        }
        finally
        {
            _pumps.TryRemove(tenant, out _);
        }
    }
}
