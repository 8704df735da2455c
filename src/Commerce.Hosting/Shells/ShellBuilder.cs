using System.Diagnostics;
using System.Diagnostics.Metrics;
using Commerce.Data;
using Commerce.Data.Shell;
using Commerce.Data.Files;
using Commerce.Events;
using Commerce.Files;
using Commerce.Hosting.Events;
using Commerce.Hosting.Jobs;
using Commerce.Hosting.Modules;
using Commerce.Jobs;
using Commerce.Hosting.Security;
using Commerce.Modules;
using Commerce.Navigation;
using Commerce.Problems;
using Commerce.Security;
using Commerce.Shells;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Commerce.Hosting.Shells;

/// <summary>
/// Builds a tenant's shell from a blueprint: a fresh service container holding the base services, the
/// host's shared singletons and what each enabled feature's startups add, then the request pipeline.
/// </summary>
public sealed class ShellBuilder(IServiceProvider host)
{
    /// <summary>Host singletons every shell shares (not disposed with the shell).</summary>
    private static readonly Type[] SharedHostServices =
    [
        typeof(ILoggerFactory), typeof(IConfiguration), typeof(IHostEnvironment), typeof(IWebHostEnvironment),
        typeof(IHostApplicationLifetime), typeof(TimeProvider), typeof(IServer), typeof(DiagnosticListener),
        typeof(DiagnosticSource), typeof(IMeterFactory), typeof(ModuleCatalog), typeof(DatabaseLocator),
        typeof(ShellHost), typeof(NodeStateRegistry), typeof(OutboxSignal), typeof(ApiKeyVerifications), typeof(Features.FeatureManager), typeof(Tenants.TenantManager), typeof(Tenants.TenantRegistry), typeof(Recipes.RecipeCatalog),
    ];

    /// <summary>Builds the container and pipeline. The caller owns the result.</summary>
    public ShellContext Build(ShellBlueprint blueprint)
    {
        var (services, startups) = BuildContainer(blueprint);
        try
        {
            var pipeline = BuildPipeline(services, startups);
            return new ShellContext(blueprint, services, pipeline);
        }
        catch
        {
            services.Dispose();
            throw;
        }
    }

    /// <summary>Builds only the service container: enough to run migrations and recipe steps.</summary>
    public ServiceProvider BuildServices(ShellBlueprint blueprint) => BuildContainer(blueprint).Services;

    private (ServiceProvider Services, List<(FeatureDescriptor Feature, ModuleStartup Startup)> Startups) BuildContainer(ShellBlueprint blueprint)
    {
        var services = new ServiceCollection();
        foreach (var type in SharedHostServices)
        {
            if (host.GetService(type) is { } instance)
            {
                services.AddSingleton(type, instance);
            }
        }

        services.AddLogging();
        services.AddMetrics();
        if (host.GetService<TimeProvider>() is null)
        {
            services.AddSingleton(TimeProvider.System);
        }

        if (host.GetService<DiagnosticListener>() is null)
        {
            var listener = new DiagnosticListener("Commerce.Shell");
            services.AddSingleton(listener);
            services.AddSingleton<DiagnosticSource>(listener);
        }

        AddBaseServices(services, blueprint);

        var owners = new Dictionary<Type, string>();
        var startups = new List<(FeatureDescriptor, ModuleStartup)>();
        foreach (var feature in blueprint.Features)
        {
            foreach (var type in feature.Startups)
            {
                startups.Add((feature, (ModuleStartup)ActivatorUtilities.CreateInstance(host, type)));
            }
        }

        // Order first, then dependency order (the stable sort keeps the features' order within an Order).
        startups = startups.OrderBy(s => s.Item2.Order).ToList();
        foreach (var (feature, startup) in startups)
        {
            var before = services.Count;
            startup.ConfigureServices(services);
            for (var i = before; i < services.Count; i++)
            {
                if ((services[i].ImplementationType ?? services[i].ImplementationInstance?.GetType()) is { } implementation)
                {
                    owners.TryAdd(implementation, feature.Id);
                }
            }
        }

        services.AddSingleton<IShellFeatures>(new ShellFeatures(blueprint, owners));
        // Scope validation checks every resolution: worth it while developing and testing, not in production.
        var validate = !(host.GetService<IHostEnvironment>()?.IsProduction() ?? true);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = validate });
        return (provider, startups);
    }

    private void AddBaseServices(ServiceCollection services, ShellBlueprint blueprint)
    {
        services.AddSingleton(blueprint.Tenant);
        services.AddSingleton(blueprint);
        var signal = host.GetService<OutboxSignal>();
        var tenant = blueprint.Tenant.Name;
        services.AddSingleton<ITenantDatabase>(signal is null
            ? new TenantDatabase(blueprint.Database)
            : new TenantDatabase(blueprint.Database, new OutboxCommitInterceptor(() => signal.Nudge(tenant))));
        services.AddSingleton(sp => new TenantApiKey(
            blueprint.Settings.GetValueOrDefault(TenantSettingKeys.ApiKeyHash),
            sp.GetService<ApiKeyVerifications>() ?? new ApiKeyVerifications()));
        services.AddTenantDbContext<ShellStateDbContext>();
        services.AddOptions();
        var latency = host.GetService<IOptions<CommerceHostOptions>>()?.Value.CacheSynchronizationLatency ?? new CachedDocumentOptions().SynchronizationLatency;
        services.Configure<CachedDocumentOptions>(o => o.SynchronizationLatency = latency);
        services.AddSingleton(typeof(CachedDocument<>));
        services.AddRouting();
        services.AddProblemDetails(o => o.CustomizeProblemDetails = Web.CatalogueProblemTypes.Apply);
        services.AddExceptionHandler<Web.BadRequestExceptionHandler>();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddEndpointsApiExplorer();
        services.AddOpenApi();
        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddSingleton<IRequestCredentialProbe, ApiKeyCredentialProbe>();
        services.AddPermissionAuthorization();
        services.AddScoped<IStorefrontNavigation, StorefrontNavigation>();
        services.Configure<EventStreamOptions>(o => CopyEventOptions(host.GetService<IOptions<EventStreamOptions>>()?.Value, o));
        services.AddSingleton<EventDispatcher>();
        services.AddSingleton<IEventStream, ShellEventStream>();
        services.AddScoped<EventStreamMonitor>();
        if (host.GetService<NodeStateRegistry>() is not null)
        {
            services.AddSingleton<INodeLocalState, ShellNodeLocalState>();
        }
        services.AddScoped<IBackgroundJob, EventPruneJob>();
        services.AddSingleton<IBackgroundJobRunner, ShellJobRunner>();
        services.AddSingleton<ITenantFolder>(sp => new TenantFolder(sp.GetRequiredService<DatabaseLocator>().TenantFolder(blueprint.Tenant.Name)));
        services.AddSingleton<ITenantTimeZone>(TenantTimeZone.From(blueprint.Settings));
        services.AddSingleton<IFileStore>(sp => new LocalFileStore(Path.Combine(sp.GetRequiredService<ITenantFolder>().Path, "files")));
    }

    private static void CopyEventOptions(EventStreamOptions? from, EventStreamOptions to)
    {
        if (from is not null)
        {
            (to.Deliver, to.Retention, to.LeaseDuration, to.BatchSize) = (from.Deliver, from.Retention, from.LeaseDuration, from.BatchSize);
        }
    }

    private static RequestDelegate BuildPipeline(ServiceProvider services, List<(FeatureDescriptor Feature, ModuleStartup Startup)> startups)
    {
        var app = new ApplicationBuilder(services);
        foreach (var (_, startup) in startups)
        {
            startup.ConfigurePipelineStart(app);
        }

        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRouting();
        app.UseMiddleware<HiddenFeatureMiddleware>();
        app.UseMiddleware<CredentialAwareAuthenticationMiddleware>();
        app.UseAuthorization();
        app.UseEndpoints(routes =>
        {
            routes.MapOpenApi();
            foreach (var (feature, startup) in startups)
            {
                var featureRoutes = routes.MapGroup(string.Empty);
                featureRoutes.WithMetadata(new FeatureEndpointMetadata(feature.Id));
                // Refusals thrown by a module's endpoints answer as problems of the catalogue (docs/architecture.md).
                featureRoutes.AddEndpointFilter(new ProblemExceptionFilter());
                startup.Configure(app, featureRoutes, services);
            }
        });
        return app.Build();
    }
}
