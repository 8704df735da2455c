using Commerce.Data;
using Commerce.Events;
using Commerce.Display;
using Commerce.Merchants.Admin;
using Commerce.Merchants.Api;
using Commerce.Merchants.Back;
using Commerce.Merchants.Data;
using Commerce.Merchants.Recipes;
using Commerce.Merchants.Services;
using Commerce.Modules;
using Commerce.Navigation;
using Commerce.Qualifications;
using Commerce.Recipes;
using Commerce.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Merchants;

/// <summary>
/// Merchants: the registry's tables, the <see cref="IMerchantRegistry"/> and <see cref="IMerchantAccess"/> other
/// modules use, the qualification-restriction listener, the JSON API, admin pages, the merchant back office and
/// the grades recipe step.
/// </summary>
public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddTenantDbContext<MerchantsDbContext>();
        services.AddSingleton<IPermissionProvider, MerchantsPermissions>();

        services.AddScoped<GradeCatalog>();
        services.AddScoped<MerchantPeople>();
        services.AddScoped<MerchantRegistry>();
        services.AddScoped<IMerchantRegistry>(sp => sp.GetRequiredService<MerchantRegistry>());
        services.AddScoped<MerchantAccess>();
        services.AddScoped<IMerchantAccess>(sp => sp.GetRequiredService<MerchantAccess>());
        services.AddScoped<MerchantChanges>();
        services.AddScoped<MerchantNotices>();
        services.AddScoped<StaffDirectory>();
        services.AddScoped<ChangeRequestReview>();
        services.AddEventConsumer("Merchants.QualificationRestrictions", EventConsumerKind.Cluster)
            .Handle<QualificationRestrictionChanged, QualificationRestrictionHandler>();

        services.AddScoped<IRecipeStep, MerchantGradesRecipeStep>();
        services.AddSingleton<IAdminNavigationProvider, MerchantsAdminNavigation>();
        services.AddSingleton<IMerchantNavigationProvider, MerchantBackOfficeNavigation>();
        services.AddScoped<IZoneContributor, MerchantMenuZone>();
        services.AddScoped<IDashboardFigureProvider, MerchantFigures>();
    }

    public override void Configure(IApplicationBuilder app, IEndpointRouteBuilder routes, IServiceProvider services)
    {
        var api = routes.MapMerchantsApi();
        api.MapStaffApi();
        api.MapChangeRequestsApi();
        api.MapGradesApi();
        routes.MapMerchantListPage();
        routes.MapMerchantDetailPage();
        routes.MapChangeRequestsPage();
        routes.MapGradesPage();
        routes.MapMerchantBackOffice();
    }
}
