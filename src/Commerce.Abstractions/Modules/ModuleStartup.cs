using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Modules;

/// <summary>
/// What a feature adds to a tenant's shell: services into the shell's container, then middleware and
/// endpoints into the shell's pipeline. One instance is created per shell build; keep it stateless.
/// </summary>
public abstract class ModuleStartup
{
    /// <summary>Startups run in ascending order, then in feature dependency order; lower runs first.</summary>
    public virtual int Order => 0;

    public virtual void ConfigureServices(IServiceCollection services)
    {
    }

    /// <summary>
    /// Adds middleware at the very start of the shell's pipeline, before error handling, routing and
    /// authentication, so it sees every response of the tenant (404s and challenges included): security
    /// headers, culture. Most features need <see cref="Configure"/> instead.
    /// </summary>
    public virtual void ConfigurePipelineStart(IApplicationBuilder app)
    {
    }

    /// <summary>
    /// Adds middleware (to <paramref name="app"/>, which runs after routing, authentication and
    /// authorization) and endpoints (to <paramref name="routes"/>). Every endpoint mapped here is tagged
    /// with the feature it belongs to.
    /// </summary>
    public virtual void Configure(IApplicationBuilder app, IEndpointRouteBuilder routes, IServiceProvider services)
    {
    }
}
