using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Commerce.Data;
using Commerce.Data.Shell;
using Commerce.Events;
using Commerce.Merchants;
using Commerce.Web.Tests.Infrastructure;
using Commerce.Web.Tests.Merchants;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Web.Tests.Events;

/// <summary>
/// The transactional outbox end to end: events committed with the merchant's change reach every consumer from its own
/// cursor, once per cluster or once per process; a failing consumer is retried, parked and retried by the admin
/// without holding the others back; and nothing is lost when a process dies between the commit and the handling.
/// </summary>
public sealed class EventStreamTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Every_consumer_gets_every_change_once_and_a_failing_one_parks_its_event_while_the_others_go_on(string provider)
    {
        await using var store = TestStore.Create(provider);
        var probe = EventProbe.Install(store);
        await using var host = new TestHost(store, probe.Settings("in-process").ToDictionary(p => p.Key, p => (string?)p.Value));
        var admin = host.Admin();
        Assert.Equal(HttpStatusCode.OK, (await admin.ToggleAsync(EventProbe.Feature, "enable")).StatusCode);
        await admin.CreateUserAsync("lin");
        await admin.CreateUserAsync("fang");

        var tea = await admin.CreateMerchantAsync("lin@example.test", "Wuyi Tea House");
        var refused = await admin.CreateMerchantAsync("fang@example.test", "FAIL Tea Stall");
        var renamed = await admin.PutAsJsonAsync($"/api/merchants/{tea.Id}/shop", new { name = "Wuyi Rock Tea", type = "flagship", categories = new[] { "tea" }, version = tea.Version });
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        await host.DrainEventsAsync();

        var changes = await MerchantChangesAsync(host);
        Assert.Equal(3, changes.Count);
        Assert.Equal(changes.Select(c => c.Sequence), probe.Handled("cluster").Select(h => h.Sequence));
        Assert.Equal(changes.Select(c => c.Sequence), probe.Handled("node").Select(h => h.Sequence));

        // The failing consumer parked the refused shop's event after its three attempts and handled the ones after it.
        var parkedSequence = changes.Single(c => c.Event.MerchantId == refused.Id).Sequence;
        Assert.Equal(changes.Select(c => c.Sequence).Where(s => s != parkedSequence), probe.Handled("failing").Select(h => h.Sequence));
        var stream = await (await admin.GetAsync("/api/events/consumers")).ReadAsync<JsonElement>();
        var parked = Assert.Single(stream.GetProperty("parked").EnumerateArray());
        Assert.Equal(("Probe.Failing", parkedSequence, 3), (parked.GetProperty("consumer").GetString(), parked.GetProperty("sequence").GetInt64(), parked.GetProperty("attempts").GetInt32()));
        Assert.Contains("FAIL Tea Stall", parked.GetProperty("error").GetString());
        var failing = Consumer(stream, "Probe.Failing");
        Assert.Equal((0L, 0), (failing.GetProperty("lag").GetInt64(), failing.GetProperty("attempts").GetInt32()));
        Assert.Equal("cluster", failing.GetProperty("kind").GetString());
        Assert.Equal(0, Consumer(stream, "Qualifications.Merchants").GetProperty("lag").GetInt64());

        // The admin's retry fails while the cause stays, and succeeds once it is gone; then nothing is parked.
        var retry = $"/api/events/consumers/Probe.Failing/parked/{parkedSequence}/retry";
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsync(retry, null)).StatusCode);
        var current = await admin.GetMerchantAsync(refused.Id);
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/merchants/{refused.Id}/shop", new { name = "Fang's Tea Stall", type = "flagship", categories = new[] { "tea" }, version = current.Version })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync(retry, null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync(retry, null)).StatusCode);
        await host.DrainEventsAsync();
        Assert.Contains(parkedSequence, probe.Handled("failing").Select(h => h.Sequence));
        Assert.Empty((await (await admin.GetAsync("/api/events/consumers")).ReadAsync<JsonElement>()).GetProperty("parked").EnumerateArray());
        Assert.Equal(4, probe.Handled("cluster").Count);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_process_killed_between_the_commit_and_the_handling_loses_nothing(string provider)
    {
        await using var store = TestStore.Create(provider);
        var probe = EventProbe.Install(store);
        Guid merchantId;
        await using (var first = await HostProcess.StartAsync(store, new Dictionary<string, string>(probe.Settings("first")) { ["Commerce:Events:Deliver"] = "false" }))
        {
            // This process commits but never handles: the kill lands between the two for every event.
            var admin = first.Client();
            Assert.Equal(HttpStatusCode.OK, (await admin.ToggleAsync(EventProbe.Feature, "enable")).StatusCode);
            await admin.CreateUserAsync("lin");
            var merchant = await admin.CreateMerchantAsync("lin@example.test", "Wuyi Tea House");
            merchantId = merchant.Id;
            var renamed = await admin.PutAsJsonAsync($"/api/merchants/{merchant.Id}/shop", new { name = "Wuyi Toys", type = "flagship", categories = new[] { "toys" }, version = merchant.Version });
            Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
            await first.KillAsync();
        }

        Assert.Empty(probe.Lines());
        await using var second = await HostProcess.StartAsync(store, probe.Settings("second"));
        await probe.WaitAsync(p => p.Handled("cluster").Count >= 2 && p.Handled("node").Count >= 2 && p.Handled("failing").Count >= 2, "both merchant changes");
        var client = second.Client();
        await WaitForAsync(async () => await client.GetAsync($"/api/qualifications/merchants/{merchantId}/profile") is { StatusCode: HttpStatusCode.OK } profile
            && (await profile.ReadAsync<JsonElement>()).GetProperty("categories").EnumerateArray().Select(c => c.GetString()).SequenceEqual(["toys"]),
            "the qualifications consumer's copy of the new shop's categories");

        // Once each: no consumer saw an event twice, and the rename is there for all of them.
        foreach (var consumer in new[] { "cluster", "node", "failing" })
        {
            var handled = probe.Handled(consumer);
            Assert.Equal(2, handled.Count);
            Assert.Equal(handled.Count, handled.Select(h => h.Sequence).Distinct().Count());
            Assert.All(handled, h => Assert.Equal("second", h.Node));
        }

        var stream = await client.GetFromJsonAsync<JsonElement>("/api/events/consumers");
        Assert.All(stream.GetProperty("consumers").EnumerateArray().Where(c => !c.GetProperty("paused").GetBoolean()), c => Assert.Equal(0, c.GetProperty("lag").GetInt64()));
    }

    [PostgresFact]
    public async Task Two_processes_on_one_PostgreSQL_database_handle_each_cluster_event_once_and_each_node_event_once_per_process()
    {
        await using var store = TestStore.Create(DatabaseProvider.PostgreSql);
        var probe = EventProbe.Install(store);
        await using var a = await HostProcess.StartAsync(store, probe.Settings("a"));
        await using var b = await HostProcess.StartAsync(store, probe.Settings("b"));
        var (adminA, adminB) = (a.Client(), b.Client());
        Assert.Equal(HttpStatusCode.OK, (await adminA.ToggleAsync(EventProbe.Feature, "enable")).StatusCode);
        await WaitForAsync(async () => (await adminB.GetFromJsonAsync<JsonElement>("/api/events/consumers")).GetProperty("consumers").EnumerateArray()
            .Any(c => c.GetProperty("name").GetString() == "Probe.Node"), "the second process to enable the probe");

        // Twenty changes, written through both processes at once.
        await adminA.CreateUserAsync("lin");
        var merchants = new List<MerchantsClient.Merchant>();
        for (var i = 0; i < 4; i++)
        {
            merchants.Add(await (i % 2 == 0 ? adminA : adminB).CreateMerchantAsync("lin@example.test", $"Tea House {i}"));
        }

        await Task.WhenAll(merchants.Select(async (merchant, i) =>
        {
            var client = i % 2 == 0 ? adminA : adminB;
            var version = merchant.Version;
            for (var round = 0; round < 4; round++)
            {
                var response = await client.PutAsJsonAsync($"/api/merchants/{merchant.Id}/shop", new { name = $"Tea House {i}.{round}", type = "flagship", categories = new[] { "tea" }, version });
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                version = (await response.ReadAsync<MerchantsClient.Merchant>()).Version;
            }
        }));

        await probe.WaitAsync(p => p.Handled("cluster").Count >= 20 && p.Handled("node").Count(h => h.Node == "a") >= 20 && p.Handled("node").Count(h => h.Node == "b") >= 20, "every change in both processes");
        // Once every cursor has passed the last change, no delivery of these events can come any more.
        await WaitForAsync(async () => (await adminA.GetFromJsonAsync<JsonElement>("/api/events/consumers")).GetProperty("consumers").EnumerateArray()
            .Where(c => c.GetProperty("name").GetString() is "Probe.Cluster" or "Probe.Node")
            .All(c => c.GetProperty("lag").GetInt64() == 0 && c.GetProperty("attempts").GetInt32() == 0), "every probe cursor past the last change");
        var cluster = probe.Handled("cluster");
        Assert.Equal(20, cluster.Count);
        Assert.Equal(20, cluster.Select(h => h.Sequence).Distinct().Count());
        foreach (var node in new[] { "a", "b" })
        {
            var handled = probe.Handled("node").Where(h => h.Node == node).Select(h => h.Sequence).ToList();
            Assert.Equal(cluster.Select(h => h.Sequence).Order(), handled.Order());
            Assert.Equal(handled.Order(), handled); // in stream order
        }
    }

    [Fact]
    public async Task Node_local_state_outlives_a_rebuild_of_the_shell_and_goes_with_its_feature()
    {
        await using var store = TestStore.Create(DatabaseProvider.Sqlite);
        var probe = EventProbe.Install(store);
        await using var host = new TestHost(store, probe.Settings("in-process").ToDictionary(p => p.Key, p => (string?)p.Value));
        var admin = host.Admin();
        Assert.Equal(HttpStatusCode.OK, (await admin.ToggleAsync(EventProbe.Feature, "enable")).StatusCode);
        var first = await admin.GetFromJsonAsync<JsonElement>("/probe/state");
        Assert.Equal((1, 0), (first.GetProperty("created").GetInt32(), first.GetProperty("disposed").GetInt32()));

        // Another feature's toggle builds a new shell, which is handed the same instance: no second writer.
        Assert.Equal(HttpStatusCode.OK, (await admin.ToggleAsync("Commerce.Announcements", "disable")).StatusCode);
        var afterToggle = await admin.GetFromJsonAsync<JsonElement>("/probe/state");
        Assert.Equal(first.GetProperty("id").GetGuid(), afterToggle.GetProperty("id").GetGuid());
        Assert.Equal((1, 0), (afterToggle.GetProperty("created").GetInt32(), afterToggle.GetProperty("disposed").GetInt32()));

        // Disabling its own feature disposes it; enabling it again starts a fresh one.
        Assert.Equal(HttpStatusCode.OK, (await admin.ToggleAsync(EventProbe.Feature, "disable")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.ToggleAsync(EventProbe.Feature, "enable")).StatusCode);
        var again = await admin.GetFromJsonAsync<JsonElement>("/probe/state");
        Assert.NotEqual(first.GetProperty("id").GetGuid(), again.GetProperty("id").GetGuid());
        Assert.Equal((2, 1), (again.GetProperty("created").GetInt32(), again.GetProperty("disposed").GetInt32()));
    }

    private static JsonElement Consumer(JsonElement stream, string name)
        => stream.GetProperty("consumers").EnumerateArray().Single(c => c.GetProperty("name").GetString() == name);

    private static async Task<List<(long Sequence, MerchantChanged Event)>> MerchantChangesAsync(TestHost host)
    {
        var type = EventTypeName.Of<MerchantChanged>();
        var stored = await host.InShellAsync(services => services.GetRequiredService<ShellStateDbContext>().Events.AsNoTracking()
            .Where(e => e.Type == type).OrderBy(e => e.Sequence).ToListAsync());
        return [.. stored.Select(e => (e.Sequence, JsonSerializer.Deserialize<MerchantChanged>(e.Payload, EventJson.Options)!))];
    }

    private static async Task WaitForAsync(Func<Task<bool>> condition, string what)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(90), $"Timed out waiting for {what}.");
            await Task.Delay(100);
        }
    }
}
