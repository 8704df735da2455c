using Commerce.Announcements.Admin;
using Commerce.Announcements.Api;
using Commerce.Announcements.Data;
using Commerce.Announcements.Recipes;
using Commerce.Announcements.Storefront;
using Commerce.Data;
using Commerce.Modules;
using Commerce.Navigation;
using Commerce.Recipes;
using Commerce.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Announcements;

/// <summary>Announcements: tables, a storefront page with its menu link, the API and a recipe step.</summary>
public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddTenantDbContext<AnnouncementsDbContext>();
        services.AddSingleton<IStorefrontNavigationProvider, AnnouncementsNavigation>();
        services.AddScoped<IRecipeStep, AnnouncementsRecipeStep>();
        services.AddSingleton<IPermissionProvider, AnnouncementsPermissions>();
        services.AddSingleton<IAdminNavigationProvider, AnnouncementsAdminNavigation>();
    }

    public override void Configure(IApplicationBuilder app, IEndpointRouteBuilder routes, IServiceProvider services)
    {
        routes.MapAnnouncementsPage();
        routes.MapAnnouncementsApi();
        routes.MapAnnouncementsAdmin();
    }
}
