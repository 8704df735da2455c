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
/// run (reused afterwards), and reads the tenants. A module error (missing dependency, cycle) stops start-up here.
/// </summary>
public sealed class CommerceHostInitializer(
    TenantRegistry registry,
    TenantManager tenants,
    ShellHost shells,
    CommerceHostReadiness readiness,
    IOptions<CommerceHostOptions> options,
    IOptions<CommerceSetupOptions> setup,
    TimeProvider clock,
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
        var added = await registry.TryAddAsync(
            new TenantRecord
            {
                Name = TenantInfo.DefaultName,
                State = TenantStates.Uninitialized,
                RecipeName = options.Value.DefaultRecipe,
                CreatedUtc = clock.GetUtcNow(),
            },
            cancellationToken);

        var apiKey = setup.Value.ApiKey;
        if (added)
        {
            logger.LogInformation("First start: setting up the Default tenant from recipe {Recipe}", options.Value.DefaultRecipe);
            await tenants.SetupAsync(TenantInfo.DefaultName, options.Value.DefaultRecipe, apiKey, cancellationToken);
        }
        else
        {
            await WaitForSetupByAnotherHostAsync(cancellationToken);
            if (!string.IsNullOrEmpty(apiKey) && !await tenants.HasApiKeyAsync(TenantInfo.DefaultName, cancellationToken))
            {
                await tenants.SetApiKeyAsync(TenantInfo.DefaultName, apiKey, cancellationToken);
            }
        }

        if (!await tenants.HasApiKeyAsync(TenantInfo.DefaultName, cancellationToken))
        {
            logger.LogWarning("The Default tenant has no API key: the management API refuses every request. Set Commerce:Setup:ApiKey and restart.");
        }

        await shells.LoadTenantsAsync(cancellationToken);
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
