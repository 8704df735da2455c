using Commerce.Data;
using Commerce.Events;
using Commerce.Jobs;
using Commerce.Merchants;
using Commerce.Modules;
using Commerce.Navigation;
using Commerce.Qualifications.Admin;
using Commerce.Qualifications.Api;
using Commerce.Qualifications.Data;
using Commerce.Qualifications.Events;
using Commerce.Qualifications.Jobs;
using Commerce.Qualifications.Merchant;
using Commerce.Qualifications.Recipes;
using Commerce.Qualifications.Services;
using Commerce.Recipes;
using Commerce.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Qualifications;

/// <summary>
/// Qualifications: the catalog of industries, document types and rules (compiled once per shell), merchants'
/// profiles and documents, the auditors' review, the daily expiry check, the restriction events, the API, pages and
/// the recipe step; plus the contract onboarding uses (IRequirementEvaluator, IQualificationImport).
/// </summary>
public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddOptions<QualificationsOptions>().BindConfiguration("Commerce:Qualifications");
        services.AddTenantDbContext<QualificationsDbContext>();
        services.AddSingleton<IPermissionProvider, QualificationsPermissions>();

        services.AddSingleton<CatalogCache>();
        services.AddScoped<QualificationClock>();
        services.AddScoped<AuditLog>();
        services.AddScoped<MerchantNotices>();
        services.AddScoped<MerchantQualifications>();
        services.AddScoped<MerchantProfiles>();
        services.AddScoped<DocumentReviews>();
        services.AddScoped<CatalogEditor>();

        services.AddScoped<IRequirementEvaluator, RequirementEvaluator>();
        services.AddScoped<IQualificationImport, QualificationImport>();
        services.AddScoped<IBackgroundJob, ExpiryCheckJob>();
        services.AddEventConsumer("Qualifications.Merchants", EventConsumerKind.Cluster)
            .Handle<MerchantRegistered, MerchantEventsHandler>()
            .Handle<MerchantProfileChanged, MerchantEventsHandler>();
        services.AddScoped<IRecipeStep, QualificationsRecipeStep>();
        services.AddSingleton<IAdminNavigationProvider, QualificationsAdminNavigation>();
        services.AddSingleton<IMerchantNavigationProvider, QualificationsMerchantNavigation>();
    }

    public override void Configure(IApplicationBuilder app, IEndpointRouteBuilder routes, IServiceProvider services)
    {
        routes.MapQualificationsCatalogApi();
        routes.MapMerchantQualificationsApi();
        routes.MapQualificationsReviewApi();
        routes.MapQualificationsCatalogAdmin();
        routes.MapQualificationsReviewAdmin();
        routes.MapMerchantQualificationsPage();
    }
}
