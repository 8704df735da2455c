using Commerce.Management.Admin;
using Commerce.Management.Api;
using Commerce.Modules;
using Commerce.Navigation;
using Commerce.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Management;

/// <summary>Adds <c>/api/tenants</c> and the admin page <c>/admin/tenants</c>, with its menu link.</summary>
[ForFeature("Commerce.Tenants")]
public sealed class TenantsStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<IPermissionProvider, TenantsPermissionProvider>();
        services.AddSingleton<IAdminNavigationProvider, TenantsNavigation>();
    }

    public override void Configure(IApplicationBuilder app, IEndpointRouteBuilder routes, IServiceProvider services)
    {
        routes.MapTenantsApi();
        routes.MapTenantsPages();
    }
}
