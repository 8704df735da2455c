using System.Diagnostics;
using System.Net;
using Commerce.Hosting.Shells;
using Commerce.Web.Tests.Infrastructure;

namespace Commerce.Web.Tests;

/// <summary>Toggling while requests are in flight: none fails, and old shells are disposed, not leaked.</summary>
public sealed class ToggleUnderLoadTests
{
    private const string Announcements = "Commerce.Announcements";

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Toggling_under_concurrent_requests_fails_no_request_and_leaks_no_shell(string provider)
    {
        await using var store = TestStore.Create(provider);
        await using var host = new TestHost(store);
        var admin = host.Admin();
        var visitor = host.Visitor();
        await visitor.GetAsync("/");
        var firstShell = new WeakReference(await host.Shells.GetShellAsync("Default"));

        using var stop = new CancellationTokenSource();
        var failures = new List<string>();
        var served = 0;
        async Task Load(HttpClient client, string path, params HttpStatusCode[] expected)
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    using var response = await client.GetAsync(path);
                    if (!expected.Contains(response.StatusCode))
                    {
                        lock (failures)
                        {
                            failures.Add($"{path}: {(int)response.StatusCode}");
                        }
                    }

                    Interlocked.Increment(ref served);
                }
                catch (Exception e)
                {
                    lock (failures)
                    {
                        failures.Add($"{path}: {e.GetType().Name} {e.Message}");
                    }
                }
            }
        }

        var load = new[]
        {
            Load(visitor, "/", HttpStatusCode.OK),
            Load(visitor, "/", HttpStatusCode.OK),
            Load(visitor, "/announcements", HttpStatusCode.OK, HttpStatusCode.NotFound),
            Load(admin, "/api/announcements", HttpStatusCode.OK, HttpStatusCode.NotFound),
            Load(admin, "/api/features", HttpStatusCode.OK),
        };

        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await admin.ToggleAsync(Announcements, "hide")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await admin.ToggleAsync(Announcements, "show")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await admin.ToggleAsync(Announcements, "disable")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await admin.ToggleAsync(Announcements, "enable")).StatusCode);
        }

        stop.Cancel();
        await Task.WhenAll(load);

        Assert.Empty(failures);
        Assert.True(served > 100, $"only {served} requests were served during the toggles");
        await WaitUntil(() => host.Shells.LiveShellCount == 1, TimeSpan.FromSeconds(10));
        Assert.Equal(1, host.Shells.LiveShellCount);
        await WaitUntil(() => { GC.Collect(); GC.WaitForPendingFinalizers(); return !firstShell.IsAlive; }, TimeSpan.FromSeconds(10));
        Assert.False(firstShell.IsAlive, "the first shell was replaced 40 times but is still reachable");
    }

    [Fact]
    public async Task An_in_flight_request_finishes_on_its_old_shell_which_is_disposed_afterwards()
    {
        await using var store = TestStore.Create(Commerce.Data.DatabaseProvider.Sqlite);
        await using var host = new TestHost(store);
        await host.Visitor().GetAsync("/");
        var old = await host.Shells.GetShellAsync("Default");
        Assert.True(old.TryEnter());

        Assert.Equal(HttpStatusCode.OK, (await host.Admin().ToggleAsync(Announcements, "hide")).StatusCode);
        var current = await host.Shells.GetShellAsync("Default");

        Assert.NotSame(old, current);
        Assert.True(old.IsReleased);
        Assert.False(old.Disposed.IsCompleted, "the old shell was disposed while a request was still inside it");
        old.Leave();
        await old.Disposed.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.False(current.IsReleased);
    }

    private static async Task WaitUntil(Func<bool> condition, TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        while (!condition() && watch.Elapsed < timeout)
        {
            await Task.Delay(50);
        }
    }
}
