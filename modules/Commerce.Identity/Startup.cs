using Commerce.Data;
using Commerce.Display;
using Commerce.Identity.Account;
using Commerce.Identity.Admin;
using Commerce.Identity.Api;
using Commerce.Identity.Data;
using Commerce.Identity.Recipes;
using Commerce.Identity.Security;
using Commerce.Identity.Services;
using Commerce.Mail;
using Commerce.Modules;
using Commerce.Navigation;
using Commerce.Recipes;
using Commerce.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Commerce.Identity;

/// <summary>
/// Identity: users and roles on the tenant database, cookie and access-token sign-in beside the API key,
/// the permission grants behind <c>.RequirePermission(...)</c>, the JSON API, account and admin pages.
/// </summary>
public sealed class Startup : ModuleStartup
{
    /// <summary>Before other features, so their startups see the authentication set up here.</summary>
    public override int Order => -100;

    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddOptions<IdentityModuleOptions>().BindConfiguration("Commerce:Identity");
        services.AddTenantDbContext<IdentityDataContext>();
        services.AddScoped<IShellMigration, IdentitySetupMigration>();

        services.AddIdentityCore<IdentityUser>()
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<IdentityDataContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<TenantClaimsPrincipalFactory>();
        services.AddOptions<IdentityOptions>().Configure<IOptions<IdentityModuleOptions>>((o, settings) =>
        {
            o.User.RequireUniqueEmail = true;
            o.Password.RequiredLength = 8;
            o.Password.RequireNonAlphanumeric = false;
            o.Lockout.AllowedForNewUsers = true;
            o.Lockout.MaxFailedAccessAttempts = settings.Value.MaxFailedAccessAttempts;
            o.Lockout.DefaultLockoutTimeSpan = settings.Value.LockoutDuration;
        });
        services.AddCommerceAuthentication();
        services.AddSingleton<IRequestCredentialProbe, IdentityCredentialProbe>();

        services.AddSingleton<IPermissionProvider, IdentityPermissions>();
        services.AddSingleton<PermissionCatalog>();
        services.AddSingleton<PermissionDefaultsState>();
        services.AddScoped<PermissionGrants>();
        services.AddScoped<IPermissionGrantStore>(sp => sp.GetRequiredService<PermissionGrants>());
        services.AddScoped<AccessTokens>();
        services.AddScoped<AccountService>();
        services.AddScoped<IUserDirectory, UserDirectory>();
        services.AddSingleton<SignInRateLimiter>();
        services.AddOptions<SmtpOptions>().BindConfiguration("Commerce:Mail:Smtp");
        services.TryAddSingleton<IEmailSender>(sp => sp.GetRequiredService<IOptions<SmtpOptions>>().Value.Host is { Length: > 0 }
            ? ActivatorUtilities.CreateInstance<SmtpEmailSender>(sp)
            : ActivatorUtilities.CreateInstance<PickupFolderEmailSender>(sp));
        services.AddScoped<IRecipeStep, AdminUserRecipeStep>();
        services.AddSingleton<IAdminNavigationProvider, IdentityAdminNavigation>();
        services.AddScoped<IZoneContributor, AccountLinksZone>();
        services.AddScoped<IDashboardFigureProvider, UserCountFigure>();
    }

    public override void Configure(IApplicationBuilder app, IEndpointRouteBuilder routes, IServiceProvider services)
    {
        routes.MapAccountApi();
        routes.MapUsersApi();
        routes.MapRolesApi();
        routes.MapTokensApi();
        routes.MapAccountPages();
        routes.MapIdentityAdminPages();
    }
}
