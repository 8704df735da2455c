using System.Net.Http.Json;
using Commerce.Hosting.Shells;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Web.Tests.Infrastructure;

/// <summary>The real Commerce host in-process, on a <see cref="TestStore"/>, serving real HTTP through its pipeline.</summary>
public sealed class TestHost : WebApplicationFactory<Program>
{
    public const string ApiKey = "test-api-key-0123456789";

    private readonly TestStore _store;
    private readonly Dictionary<string, string?> _extra;

    public TestHost(TestStore store, IDictionary<string, string?>? settings = null)
    {
        _store = store;
        _extra = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>());
    }

    /// <summary>Replaces or adds host services, for example a <see cref="TimeProvider"/> tests can move.</summary>
    public Action<IServiceCollection>? ConfigureTestServices { get; init; }

    public ShellHost Shells => Services.GetRequiredService<ShellHost>();

    /// <summary>A client that sends the Default tenant's API key.</summary>
    public HttpClient Admin()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        return client;
    }

    /// <summary>Runs the tenant's due background jobs now, as the host's timer would; returns the names of those that ran.</summary>
    public async Task<IReadOnlyList<string>> RunJobsAsync(string tenant = "Default")
    {
        var shell = await Shells.GetShellAsync(tenant);
        return await shell.Services.GetRequiredService<Commerce.Jobs.IBackgroundJobRunner>().RunDueAsync();
    }

    /// <summary>
    /// Waits until every event consumer of the tenant's shell has handled the events committed so far (delivering them
    /// in this call too), with a limit generous enough for a busy machine.
    /// </summary>
    public async Task DrainEventsAsync(string tenant = "Default")
    {
        var shell = await Shells.GetShellAsync(tenant);
        var drained = await shell.Services.GetRequiredService<Commerce.Hosting.Events.EventDispatcher>().DrainAsync(TimeSpan.FromSeconds(60));
        Xunit.Assert.True(drained, "The event consumers did not catch up within 60 s.");
    }

    /// <summary>Commits <paramref name="domainEvent"/> to the tenant's event stream, as a module's save would, and waits for its consumers.</summary>
    public async Task StageEventAsync<T>(T domainEvent, string tenant = "Default")
        where T : notnull
    {
        await InShellAsync(async services =>
        {
            var db = services.GetRequiredService<Commerce.Data.Shell.ShellStateDbContext>();
            Commerce.Events.EventOutboxExtensions.StageEvent(db, domainEvent, services.GetRequiredService<TimeProvider>().GetUtcNow());
            return await db.SaveChangesAsync();
        }, tenant);
        await DrainEventsAsync(tenant);
    }

    /// <summary>Runs <paramref name="work"/> in a fresh scope of the tenant's current shell, as a request would.</summary>
    public async Task<T> InShellAsync<T>(Func<IServiceProvider, Task<T>> work, string tenant = "Default")
    {
        var shell = await Shells.GetShellAsync(tenant);
        await using var scope = shell.Services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    /// <summary>A client with no credentials: a visitor.</summary>
    public HttpClient Visitor() => CreateClient();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _store.Settings())
        {
            builder.UseSetting(key, value);
        }

        builder.UseSetting("Commerce:Setup:ApiKey", ApiKey);
        builder.UseSetting("Commerce:PluginsPath", Path.Combine(_store.DataPath, "plugins"));
        // Background jobs run when a test says so (RunJobsAsync), never on a timer racing the test.
        builder.UseSetting("Commerce:JobPollInterval", "00:00:00");
        foreach (var (key, value) in _extra)
        {
            builder.UseSetting(key, value);
        }

        if (ConfigureTestServices is { } configure)
        {
            builder.ConfigureServices(configure);
        }
    }
}

public static class HttpClientExtensions
{
    public static async Task<HttpResponseMessage> ToggleAsync(this HttpClient client, string feature, string action, string prefix = "")
        => await client.PostAsync($"{prefix}/api/features/{feature}/{action}", null);

    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response)
        => (await response.Content.ReadFromJsonAsync<T>())!;
}
