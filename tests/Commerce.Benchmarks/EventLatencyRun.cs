using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Commerce.Data.Shell;
using Commerce.Events;
using Commerce.Hosting.Shells;
using Commerce.Modules;
using Commerce.Shells;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Benchmarks;

/// <summary>
/// Commit-to-handler latency of the event stream in one process: a save stages an event and commits; a cluster
/// consumer of the same process notes when its handler is called. One event at a time, so each latency is the path
/// alone (commit, the commit signal, the pump's round, the read, the handler), not a queue behind other events.
/// </summary>
public static class EventLatencyRun
{
    public static async Task<Sample> RunAsync(int rounds, int eventsPerRound, TextWriter output)
    {
        await using var host = await CommerceBenchHost.StartAsync(["Bench.Events"]);
        var shells = host.Services.GetRequiredService<ShellHost>();
        var all = new List<double>();
        for (var round = 0; round <= rounds; round++)
        {
            var latencies = new List<double>();
            for (var i = 0; i < eventsPerRound; i++)
            {
                latencies.Add(await OneAsync(shells));
            }

            if (round == 0)
            {
                output.WriteLine($"Event latency warm-up round: {new Sample(latencies)}");
                continue;
            }

            all.AddRange(latencies);
            output.WriteLine($"Event latency round {round}: {new Sample(latencies)}");
        }

        var sample = new Sample(all);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Event latency, all rounds: {sample} p99={sample.Percentile(99):F1} ms"));
        return sample;
    }

    private static async Task<double> OneAsync(ShellHost shells)
    {
        var shell = await shells.GetShellAsync(TenantInfo.DefaultName);
        var id = Guid.NewGuid();
        var arrived = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        LatencyHandler.Waiting[id] = arrived;
        long committed;
        await using (var scope = shell.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ShellStateDbContext>();
            db.StageEvent(new BenchEvent(id), DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
            committed = Stopwatch.GetTimestamp();
        }

        var handled = await arrived.Task.WaitAsync(TimeSpan.FromSeconds(30));
        return Stopwatch.GetElapsedTime(committed, handled).TotalMilliseconds;
    }
}

/// <summary>The benchmark's event.</summary>
[DurableEvent("Bench.Event")]
public sealed record BenchEvent(Guid Id);

/// <summary>Notes the moment its handler is called.</summary>
public sealed class LatencyHandler : IEventHandler<BenchEvent>
{
    public static readonly ConcurrentDictionary<Guid, TaskCompletionSource<long>> Waiting = new();

    public Task HandleAsync(BenchEvent domainEvent, EventDelivery delivery, CancellationToken cancellationToken)
    {
        if (Waiting.TryRemove(domainEvent.Id, out var arrived))
        {
            arrived.TrySetResult(Stopwatch.GetTimestamp());
        }

        return Task.CompletedTask;
    }
}

/// <summary>Declares the benchmark's consumer.</summary>
[ForFeature("Bench.Events")]
public sealed class EventsBenchStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
        => services.AddEventConsumer("Bench.Latency", EventConsumerKind.Cluster).Handle<BenchEvent, LatencyHandler>();
}
