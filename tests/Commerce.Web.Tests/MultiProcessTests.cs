using System.Diagnostics;
using System.Net;
using Commerce.Web.Tests.Infrastructure;

namespace Commerce.Web.Tests;

/// <summary>Several host processes on one database follow each other's changes without a restart.</summary>
[Collection(TimingCollection.Name)]
public sealed class MultiProcessTests
{
    private static readonly TimeSpan Convergence = TimeSpan.FromSeconds(2);

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Two_host_processes_on_one_database_converge_within_two_seconds(string provider)
    {
        await using var store = TestStore.Create(provider);
        await using var first = await HostProcess.StartAsync(store);
        await using var second = await HostProcess.StartAsync(store);
        using var a = first.Client();
        using var b = second.Client();
        Assert.Equal(HttpStatusCode.OK, (await b.GetAsync("/announcements")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await a.ToggleAsync("Commerce.Announcements", "hide")).StatusCode);
        var hiddenAfter = await TimeUntil(b, "/announcements", HttpStatusCode.NotFound);

        Assert.Equal(HttpStatusCode.OK, (await b.ToggleAsync("Commerce.Announcements", "disable")).StatusCode);
        var disabledAfter = await TimeUntil(a, "/api/announcements", HttpStatusCode.NotFound);

        Assert.Equal(HttpStatusCode.OK, (await a.ToggleAsync("Commerce.Announcements", "enable")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await a.ToggleAsync("Commerce.Announcements", "show")).StatusCode);
        var shownAfter = await TimeUntil(b, "/announcements", HttpStatusCode.OK);

        Assert.True(hiddenAfter < Convergence, $"hide took {hiddenAfter.TotalMilliseconds} ms to reach the other host");
        Assert.True(disabledAfter < Convergence, $"disable took {disabledAfter.TotalMilliseconds} ms to reach the other host");
        Assert.True(shownAfter < Convergence, $"enable and show took {shownAfter.TotalMilliseconds} ms to reach the other host");
    }

    [Fact]
    public async Task A_tenant_created_through_one_host_is_served_by_the_other()
    {
        await using var store = TestStore.Create(Commerce.Data.DatabaseProvider.Sqlite);
        await using var first = await HostProcess.StartAsync(store);
        await using var second = await HostProcess.StartAsync(store);
        using var a = first.Client();
        // Serve the Default tenant once on the second host, so what is timed below is convergence, not the
        // process's one-off warm-up (EF models of every module, templates).
        Assert.Equal(HttpStatusCode.OK, (await second.Client(null).GetAsync("/")).StatusCode);

        var created = await a.PostAsync("/api/tenants", System.Net.Http.Json.JsonContent.Create(new { name = "Jade", requestUrlPrefix = "jade", apiKey = "jade-key-0123456789" }));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var servedAfter = await TimeUntil(second.Client(null), "/jade/", HttpStatusCode.OK);
        Assert.True(servedAfter < Convergence, $"the new tenant took {servedAfter.TotalMilliseconds} ms to reach the other host");
    }

    private static async Task<TimeSpan> TimeUntil(HttpClient client, string path, HttpStatusCode expected)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromSeconds(10))
        {
            if ((await client.GetAsync(path)).StatusCode == expected)
            {
                return watch.Elapsed;
            }

            await Task.Delay(25);
        }

        return watch.Elapsed;
    }
}
