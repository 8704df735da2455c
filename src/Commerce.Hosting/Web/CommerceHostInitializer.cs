using Commerce.Data.Host;
using Commerce.Hosting.Shells;
using Commerce.Hosting.Tenants;
using Commerce.Shells;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Commerce.Hosting.Web;

/// <summary>
/// At start-up: creates the tenant registry, sets the Default tenant up from the default recipe on first
/// run (reused afterwards), reads the tenants and starts building their shells (<see cref="CommerceHostOptions.PreloadShells"/>).
/// A module error (missing dependency, cycle) stops start-up here.
/// </summary>
public sealed class CommerceHostInitializer(
    TenantRegistry registry,
    TenantManager tenants,
    ShellHost shells,
    CommerceHostReadiness readiness,
    IOptions<CommerceHostOptions> options,
    IOptions<CommerceSetupOptions> setup,
    TimeProvider clock,
    IHostApplicationLifetime lifetime,
    ILogger<CommerceHostInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await InitializeAsync(cancellationToken);
            readiness.MarkReady();
        }
        catch (Exception e)
        {
            readiness.MarkFailed(e);
            throw;
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await registry.EnsureCreatedAsync(cancellationToken);
        await shells.LoadTenantsAsync(cancellationToken);
        if (FindDefault() is not { State: TenantStates.Running })
        {
            await SetUpDefaultAsync(cancellationToken);
            await shells.LoadTenantsAsync(cancellationToken);
        }

        // The server starts listening while the shells build; the API key check below runs alongside.
        var preload = options.Value.PreloadShells switch
        {
            ShellPreload.All => shells.Tenants.Select(t => t.Name).ToList(),
            ShellPreload.Default => [TenantInfo.DefaultName],
            _ => [],
        };
        _ = shells.PreloadAsync(preload, lifetime.ApplicationStopping);

        if (!await tenants.HasApiKeyAsync(TenantInfo.DefaultName, cancellationToken))
        {
            if (setup.Value.ApiKey is { Length: > 0 } apiKey)
            {
                await tenants.SetApiKeyAsync(TenantInfo.DefaultName, apiKey, cancellationToken);
            }
            else
            {
                logger.LogWarning("The Default tenant has no API key: the management API refuses every request. Set Commerce:Setup:ApiKey and restart.");
            }
        }
    }

    private TenantRecord? FindDefault()
        => shells.Tenants.FirstOrDefault(t => t.Name.Equals(TenantInfo.DefaultName, StringComparison.OrdinalIgnoreCase));

    /// <summary>First start: registers the Default tenant and runs the default recipe, unless another host process does.</summary>
    private async Task SetUpDefaultAsync(CancellationToken cancellationToken)
    {
        var added = FindDefault() is null && await registry.TryAddAsync(
            new TenantRecord
            {
                Name = TenantInfo.DefaultName,
                State = TenantStates.Uninitialized,
                RecipeName = options.Value.DefaultRecipe,
                CreatedUtc = clock.GetUtcNow(),
            },
            cancellationToken);
        if (added)
        {
            logger.LogInformation("First start: setting up the Default tenant from recipe {Recipe}", options.Value.DefaultRecipe);
            await tenants.SetupAsync(TenantInfo.DefaultName, options.Value.DefaultRecipe, setup.Value.ApiKey, cancellationToken);
        }
        else
        {
            await WaitForSetupByAnotherHostAsync(cancellationToken);
        }
    }

    private async Task WaitForSetupByAnotherHostAsync(CancellationToken cancellationToken)
    {
        // Another process registered the Default tenant first; give it time to finish the recipe.
        var deadline = clock.GetUtcNow().AddMinutes(2);
        while ((await registry.FindAsync(TenantInfo.DefaultName, cancellationToken))?.State == TenantStates.Uninitialized)
        {
            if (clock.GetUtcNow() > deadline)
            {
                logger.LogWarning("The Default tenant is still not set up; setting it up here");
                await tenants.SetupAsync(TenantInfo.DefaultName, options.Value.DefaultRecipe, setup.Value.ApiKey, cancellationToken);
                return;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
        }
    }
}
