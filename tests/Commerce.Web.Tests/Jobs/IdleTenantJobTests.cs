using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Http.Json;
using Commerce.Data.Shell;
using Commerce.Hosting.Tenants;
using Commerce.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Web.Tests.Jobs;

/// <summary>
/// Idle tenants cost nothing: the job host reads each tenant's next due time from the registry and builds a shell only
/// when one of its jobs is due, when the due time is unknown (a change to the tenant resets it), and never for a
/// tenant none of whose jobs may wake it.
/// </summary>
public sealed class IdleTenantJobTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private static readonly string[] Created = ["Tea", "Jade", "Silk"];

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_job_host_builds_no_shell_until_a_job_is_due(string provider)
    {
        var clock = new TestClock();
        await using var store = TestStore.Create(provider);
        Dictionary<string, DateTimeOffset?> recorded;
        Dictionary<string, DateTimeOffset?> before;
        await using (var setUp = new TestHost(store) { ConfigureTestServices = s => s.AddSingleton<TimeProvider>(clock) })
        {
            foreach (var name in Created)
            {
                var created = await setUp.Admin().PostAsJsonAsync("/api/tenants", new { name, requestUrlPrefix = name.ToLowerInvariant(), apiKey = $"{name.ToLowerInvariant()}-api-key-0123456789" });
                Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            }

            foreach (var name in Created.Prepend("Default"))
            {
                Assert.Contains("Events.Prune", await setUp.RunJobsAsync(name));
            }

            before = await LastRunsAsync(setUp, "Tea");
            var setUpRegistry = setUp.Services.GetRequiredService<TenantRegistry>();
            recorded = await setUpRegistry.JobDueTimesAsync();
            var now = clock.GetUtcNow();
            Assert.All(Created.Prepend("Default"), name => Assert.InRange(recorded[name]!.Value, now.AddHours(23), now.AddHours(25)));

            // Silk keeps only jobs that run while its shell is built: nothing may wake it.
            await setUpRegistry.SetJobDueAsync("Silk", DateTimeOffset.MaxValue);
        }

        await using var host = new TestHost(store, new Dictionary<string, string?>
        {
            ["Commerce:PreloadShells"] = "None",
            ["Commerce:JobPollInterval"] = "00:00:00.200",
        })
        { ConfigureTestServices = s => s.AddSingleton<TimeProvider>(clock) };
        var shells = host.Shells;
        using var polls = new PollCounter(host.Services.GetRequiredService<IMeterFactory>());

        // Nothing is due: polls pass and no shell is built.
        await polls.WaitAsync(5, () => Assert.Equal(0, shells.LiveShellCount));
        Assert.Equal(0, polls.ShellsWoken);

        // A change to Jade makes its due time unknown: the next poll builds its shell, which records it again.
        var registry = host.Services.GetRequiredService<TenantRegistry>();
        await registry.BumpStampAsync("Jade");
        await WaitUntilAsync(async () => (await registry.JobDueTimesAsync())["Jade"] is not null);
        Assert.NotNull(shells.CurrentShell("Jade"));
        Assert.Equal(1, shells.LiveShellCount);
        Assert.Equal(recorded["Jade"], (await registry.JobDueTimesAsync())["Jade"]); // its jobs ran yesterday, none again

        // A day later every tenant's daily jobs are due: their shells are built and the jobs run. Silk is never woken.
        clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        var advanced = clock.GetUtcNow();
        await WaitUntilAsync(async () =>
        {
            var due = await registry.JobDueTimesAsync();
            return new[] { "Default", "Tea", "Jade" }.All(n => due[n] > advanced.AddHours(23));
        });
        Assert.NotNull(shells.CurrentShell("Default"));
        Assert.NotNull(shells.CurrentShell("Tea"));
        Assert.Equal(3, shells.LiveShellCount);
        var after = await LastRunsAsync(host, "Tea");
        Assert.True(after["Events.Prune"] > before["Events.Prune"]);
        Assert.True(after["Events.Prune"] >= advanced.AddSeconds(-1));

        await polls.WaitAsync(3, () => Assert.Null(shells.CurrentShell("Silk")));
        Assert.Equal(3, shells.LiveShellCount);
        Assert.Equal(DateTimeOffset.MaxValue, (await registry.JobDueTimesAsync())["Silk"]);
        Assert.Equal(3, polls.ShellsWoken); // Jade (unknown), then Default and Tea (due); Jade was built already
    }

    private static async Task<Dictionary<string, DateTimeOffset?>> LastRunsAsync(TestHost host, string tenant)
        => await host.InShellAsync(async services => await services.GetRequiredService<ShellStateDbContext>().JobRuns.AsNoTracking()
            .ToDictionaryAsync(r => r.Name, r => r.LastRunUtc), tenant);

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        using var patience = new CancellationTokenSource(Patience);
        while (!await condition())
        {
            await Task.Delay(50, patience.Token);
        }
    }

    /// <summary>Counts the job host's polls and the shells it woke, from its meter (this host's only).</summary>
    private sealed class PollCounter : IDisposable
    {
        private readonly MeterListener _listener = new();
        private long _polls;
        private long _woken;

        public PollCounter(IMeterFactory scope)
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == "Commerce.Hosting" && ReferenceEquals(instrument.Meter.Scope, scope)
                    && instrument.Name is "commerce.jobs.polls" or "commerce.jobs.shells_woken")
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((instrument, value, _, _) =>
                Interlocked.Add(ref instrument.Name == "commerce.jobs.polls" ? ref _polls : ref _woken, value));
            _listener.Start();
        }

        public long ShellsWoken => Interlocked.Read(ref _woken);

        /// <summary>Waits for <paramref name="count"/> more polls, checking <paramref name="invariant"/> all along.</summary>
        public async Task WaitAsync(int count, Action invariant)
        {
            var target = Interlocked.Read(ref _polls) + count;
            using var patience = new CancellationTokenSource(Patience);
            while (Interlocked.Read(ref _polls) < target)
            {
                invariant();
                await Task.Delay(20, patience.Token);
            }

            invariant();
        }

        public void Dispose() => _listener.Dispose();
    }
}
