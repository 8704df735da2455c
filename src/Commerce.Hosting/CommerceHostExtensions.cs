using Commerce.Data;
using Commerce.Hosting.Features;
using Commerce.Hosting.Modules;
using Commerce.Hosting.Recipes;
using Commerce.Hosting.Shells;
using Commerce.Hosting.Tenants;
using Commerce.Hosting.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Commerce.Hosting;

public static class CommerceHostExtensions
{
    /// <summary>
    /// Adds the engine without a web server: module catalog, tenant registry, shells, features, recipes.
    /// The CLI uses this on the same data as the host.
    /// </summary>
    public static IServiceCollection AddCommerceEngine(this IServiceCollection services, IConfiguration configuration, Action<CommerceHostOptions>? configure = null)
    {
        services.Configure<CommerceHostOptions>(configuration.GetSection("Commerce"));
        services.Configure<CommerceDataOptions>(configuration.GetSection("Commerce"));
        services.Configure<CommerceDataOptions>(configuration.GetSection("Commerce:Database"));
        services.Configure<CommerceSetupOptions>(configuration.GetSection("Commerce:Setup"));
        services.Configure<Events.EventStreamOptions>(configuration.GetSection("Commerce:Events"));
        if (configure is not null)
        {
            services.Configure(configure);
        }

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<CommerceHostOptions>>().Value;
            var environment = sp.GetRequiredService<IHostEnvironment>();
            var plugins = Path.GetFullPath(options.PluginsPath, environment.ContentRootPath);
            return ModuleCatalog.Discover(plugins, options.ModuleAssemblies, sp.GetRequiredService<ILoggerFactory>().CreateLogger<ModuleCatalog>());
        });
        services.AddSingleton(sp => new RecipeCatalog(
            sp.GetRequiredService<ModuleCatalog>(),
            Path.Combine(AppContext.BaseDirectory, "Recipes")));
        services.AddSingleton<DatabaseLocator>();
        services.AddSingleton<Security.ApiKeyVerifications>();
        services.AddSingleton<TenantRegistry>();
        services.AddSingleton<ShellBuilder>();
        services.AddSingleton<NodeStateRegistry>();
        services.AddSingleton<ShellHost>();
        services.AddSingleton<Events.OutboxSignal>();
        services.AddSingleton<FeatureManager>();
        services.AddSingleton<RecipeRunner>();
        services.AddSingleton<TenantManager>();
        services.AddSingleton<CommerceHostReadiness>();
        services.AddSingleton<CommerceHostInitializer>();
        return services;
    }

    /// <summary>Adds the modular host to a web application: the engine, start-up set-up, change polling and health.</summary>
    public static WebApplicationBuilder AddCommerceHost(this WebApplicationBuilder builder, Action<CommerceHostOptions>? configure = null)
    {
        builder.Services.AddCommerceEngine(builder.Configuration, configure);
        builder.Services.AddHostedService(sp => sp.GetRequiredService<CommerceHostInitializer>());
        builder.Services.AddHostedService<ShellChangeWatcher>();
        builder.Services.AddHostedService<Jobs.BackgroundJobHost>();
        builder.Services.AddHostedService<Events.EventPump>();
        builder.Services.AddHealthChecks().AddCheck<HostReadinessHealthCheck>("commerce");
        // With an accessor registered here the server publishes each request's HttpContext; a shell's own
        // accessor reads the same (static) async-local slot, so shell services such as SignInManager see it.
        builder.Services.AddHttpContextAccessor();
        return builder;
    }

    /// <summary>Serves <c>/health</c> and hands every other request to its tenant's shell.</summary>
    public static WebApplication UseCommerceHost(this WebApplication app)
    {
        // Middleware, not an endpoint: the host then has no endpoints and runs no routing of its own, so a
        // request is routed once, by its tenant's shell.
        app.UseHealthChecks("/health");
        app.UseMiddleware<TenantMiddleware>();
        return app;
    }
}
