using System.Net;
using System.Net.Http.Json;
using Commerce.Data;
using Commerce.Web.Tests.Infrastructure;

namespace Commerce.Web.Tests;

/// <summary>
/// A starting host builds the Default tenant's shell before any request arrives (<c>Commerce:PreloadShells</c>), every
/// running tenant's with <c>All</c>, none with <c>None</c>; the first request then uses the shell already built.
/// </summary>
public sealed class ShellPreloadTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_Default_shell_is_built_at_start_before_any_request(string provider)
    {
        await using var store = TestStore.Create(provider);
        await using (var setUp = new TestHost(store))
        {
            _ = setUp.Services;
        }

        await using var host = new TestHost(store);
        var shells = host.Shells;
        await WaitUntilAsync(() => shells.LiveShellCount == 1);

        var built = await shells.GetShellAsync("Default");
        Assert.Equal(HttpStatusCode.OK, (await host.Visitor().GetAsync("/")).StatusCode);
        Assert.Same(built, await shells.GetShellAsync("Default"));
        Assert.Equal(1, shells.LiveShellCount);
    }

    [Fact]
    public async Task With_preloading_off_the_first_request_builds_the_shell()
    {
        await using var store = TestStore.Create(DatabaseProvider.Sqlite);
        await using var host = new TestHost(store, new Dictionary<string, string?> { ["Commerce:PreloadShells"] = "None" });
        var shells = host.Shells;

        // Start-up has finished (the host answers); give a preload that should not exist time to show.
        Assert.Equal(HttpStatusCode.OK, (await host.Visitor().GetAsync("/health")).StatusCode);
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Equal(0, shells.LiveShellCount);

        Assert.Equal(HttpStatusCode.OK, (await host.Visitor().GetAsync("/")).StatusCode);
        Assert.Equal(1, shells.LiveShellCount);
    }

    [Fact]
    public async Task With_all_every_running_tenant_is_built_at_start()
    {
        await using var store = TestStore.Create(DatabaseProvider.Sqlite);
        await using (var setUp = new TestHost(store))
        {
            var created = await setUp.Admin().PostAsJsonAsync("/api/tenants", new { name = "Tea", requestUrlPrefix = "tea", apiKey = "tea-api-key-0123456789" });
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        await using var host = new TestHost(store, new Dictionary<string, string?> { ["Commerce:PreloadShells"] = "All" });
        var shells = host.Shells;
        await WaitUntilAsync(() => shells.LiveShellCount == 2);
        Assert.Equal(HttpStatusCode.OK, (await host.Visitor().GetAsync("/tea/")).StatusCode);
        Assert.Equal(2, shells.LiveShellCount);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var patience = new CancellationTokenSource(Patience);
        while (!condition())
        {
            await Task.Delay(20, patience.Token);
        }
    }
}
