using Commerce.Management.Api;
using Commerce.Modules;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Commerce.Security;

namespace Commerce.Management;

/// <summary>Adds <c>/api/tenants</c>.</summary>
[ForFeature("Commerce.Tenants")]
public sealed class TenantsStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
        => services.AddSingleton<IPermissionProvider, TenantsPermissionProvider>();

    public override void Configure(IApplicationBuilder app, IEndpointRouteBuilder routes, IServiceProvider services)
        => routes.MapTenantsApi();
}
