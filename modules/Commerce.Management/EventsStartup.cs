using Commerce.Management.Admin;
using Commerce.Management.Api;
using Commerce.Modules;
using Commerce.Navigation;
using Commerce.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Management;

/// <summary>Adds <c>/api/events</c> and the admin page <c>/admin/events</c>: consumers, lag, parked events, retry.</summary>
[ForFeature("Commerce.Events")]
public sealed class EventsStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<IPermissionProvider, EventsPermissionProvider>();
        services.AddSingleton<IAdminNavigationProvider, EventsNavigation>();
        services.AddAntiforgery();
    }

    public override void Configure(IApplicationBuilder app, IEndpointRouteBuilder routes, IServiceProvider services)
    {
        routes.MapEventsApi();
        routes.MapEventsPages();
    }
}
