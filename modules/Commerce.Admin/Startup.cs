using Commerce.Admin.Dashboard;
using Commerce.Modules;
using Commerce.Navigation;
using Commerce.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Admin;

/// <summary>The admin dashboard at <c>/admin</c>, its menu link and the <c>AccessAdmin</c> permission.</summary>
public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<IPermissionProvider, AdminPermissions>();
        services.AddSingleton<IAdminNavigationProvider, DashboardNavigation>();
    }

    public override void Configure(IApplicationBuilder app, IEndpointRouteBuilder routes, IServiceProvider services)
        => routes.MapDashboard();
}
