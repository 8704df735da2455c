using Commerce.Management.Admin;
using Commerce.Management.Api;
using Commerce.Modules;
using Commerce.Navigation;
using Commerce.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Management;

/// <summary>Adds <c>/api/features</c> and the admin pages <c>/admin/features</c> and <c>/admin/themes</c>, with their menu links.</summary>
[ForFeature("Commerce.Features")]
public sealed class FeaturesStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<IPermissionProvider, FeaturesPermissionProvider>();
        services.AddSingleton<IAdminNavigationProvider, ManagementNavigation>();

        // The pages' forms need it even where identity (which configures its cookie per tenant) is off.
        services.AddAntiforgery();
    }

    public override void Configure(IApplicationBuilder app, IEndpointRouteBuilder routes, IServiceProvider services)
    {
        routes.MapFeaturesApi();
        routes.MapFeaturesPages();
        routes.MapThemesPages();
    }
}
