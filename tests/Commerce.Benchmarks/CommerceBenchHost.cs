using Commerce.Hosting.Features;
using Commerce.Shells;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Benchmarks;

/// <summary>A running Commerce host with the benchmark features enabled on the Default tenant, and a loopback client.</summary>
public sealed class CommerceBenchHost : IAsyncDisposable
{
    private readonly CommerceWebFactory _factory;
    private readonly TempFolder _data;

    private CommerceBenchHost(CommerceWebFactory factory, TempFolder data, Uri baseAddress)
    {
        _factory = factory;
        _data = data;
        BaseAddress = baseAddress;
        Client = Loopback.CreateClient(baseAddress, connections: 4);
        AdminClient = Loopback.CreateClient(baseAddress, connections: 1);
        AdminClient.DefaultRequestHeaders.Add("X-Api-Key", CommerceWebFactory.ApiKey);
    }

    public Uri BaseAddress { get; }

    /// <summary>A visitor's client: no API key, as storefront requests come.</summary>
    public HttpClient Client { get; }

    /// <summary>Sends the API key, for the management API.</summary>
    public HttpClient AdminClient { get; }

    public IServiceProvider Services => _factory.Services;

    public FeatureManager Features => Services.GetRequiredService<FeatureManager>();

    /// <summary>Starts the host (first-run set-up with the blank recipe) and enables <paramref name="features"/>.</summary>
    public static async Task<CommerceBenchHost> StartAsync(IReadOnlyCollection<string> features)
    {
        var data = new TempFolder("commerce-bench");
        var factory = new CommerceWebFactory(data.Path);
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        var host = new CommerceBenchHost(factory, data, new Uri(address));
        await host.WaitForStatusAsync("/health", 200, TimeSpan.FromSeconds(30));
        if (features.Count > 0)
        {
            var result = await host.Features.ChangeAsync(TenantInfo.DefaultName, FeatureAction.Enable, features);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"Enabling the benchmark features failed: {result.Message}");
            }
        }

        return host;
    }

    /// <summary>Requests <paramref name="path"/> until it answers <paramref name="status"/>; returns how many requests it took.</summary>
    public async Task<int> WaitForStatusAsync(string path, int status, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        for (var attempt = 1; ; attempt++)
        {
            using (var response = await Client.GetAsync(path))
            {
                if ((int)response.StatusCode == status)
                {
                    return attempt;
                }
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{path} did not answer {status} within the time allowed.");
            }

            await Task.Yield();
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        AdminClient.Dispose();
        await _factory.DisposeAsync();
        _data.Dispose();
    }
}
