using Commerce.Data;
using Commerce.Events;
using Commerce.Onboarding.Events;
using Commerce.Modules;
using Commerce.Onboarding.Admin;
using Commerce.Navigation;
using Commerce.Onboarding.Api;
using Commerce.Onboarding.Data;
using Commerce.Onboarding.Recipes;
using Commerce.Onboarding.Services;
using Commerce.Onboarding.Storefront;
using Commerce.Recipes;
using Commerce.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Onboarding;

/// <summary>Onboarding: its tables, the applicant, audit and admin APIs, the consumers of its transitions (approvals, notices) and a recipe step.</summary>
public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddTenantDbContext<OnboardingDbContext>();
        services.AddSingleton<IPermissionProvider, OnboardingPermissions>();
        services.AddScoped<SettingsStore>();
        services.AddScoped<StepCatalog>();
        services.AddScoped<ApplicationRepository>();
        services.AddSingleton<TimelineCache>();
        services.AddScoped<ApplicationProgress>();
        services.AddScoped<ApplicationViews>();
        services.AddScoped<ApplicantService>();
        services.AddScoped<AuditService>();
        services.AddScoped<ApprovalCompletion>();
        services.AddScoped<Invitations>();
        services.AddScoped<OnboardingVisibility>();
        services.AddEventConsumer(ApprovalCompletion.Consumer, EventConsumerKind.Cluster)
            .WhenEnabled("Commerce.Merchants")
            .Handle<ApplicationTransitioned, ApprovalHandler>();
        services.AddEventConsumer("Onboarding.Notices", EventConsumerKind.Cluster)
            .WhenEnabled("Commerce.Notifications")
            .Handle<ApplicationTransitioned, TransitionNotices>();
        services.AddScoped<IRecipeStep, OnboardingRecipeStep>();
        services.AddSingleton<IStorefrontNavigationProvider, ApplyNavigation>();
        services.AddSingleton<IAdminNavigationProvider, OnboardingAdminNavigation>();
    }

    public override void Configure(IApplicationBuilder app, IEndpointRouteBuilder routes, IServiceProvider services)
    {
        routes.MapApplicantApi();
        routes.MapAuditApi();
        routes.MapOnboardingAdminApi();
        routes.MapApplyPages();
        routes.MapAuditPages();
        routes.MapSettingsPages();
    }
}
