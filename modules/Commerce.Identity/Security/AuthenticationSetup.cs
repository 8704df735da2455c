using Commerce.Identity.Data;
using Commerce.Shells;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Commerce.Identity.Security;

/// <summary>
/// The shell's authentication once identity is on: a policy scheme picks the API key (<c>X-Api-Key</c>), a
/// personal access token (<c>Authorization: Bearer</c>) or the sign-in cookie, per request.
/// </summary>
internal static class AuthenticationSetup
{
    public const string SelectorScheme = "Commerce";
    public const string ApiKeyScheme = "ApiKey";

    public static void AddCommerceAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication()
            .AddPolicyScheme(SelectorScheme, "API key, access token or cookie", o => o.ForwardDefaultSelector = Select)
            .AddScheme<AuthenticationSchemeOptions, AccessTokenAuthenticationHandler>(AccessTokenAuthenticationHandler.SchemeName, null)
            .AddIdentityCookies();

        // Runs after the base services' AddAuthentication("ApiKey"), so the selector becomes the default.
        services.Configure<AuthenticationOptions>(o =>
        {
            o.DefaultScheme = SelectorScheme;
            o.DefaultAuthenticateScheme = SelectorScheme;
            o.DefaultChallengeScheme = SelectorScheme;
            o.DefaultForbidScheme = SelectorScheme;
            o.DefaultSignInScheme = IdentityConstants.ApplicationScheme;
            o.DefaultSignOutScheme = IdentityConstants.ApplicationScheme;
        });

        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<TenantInfo, IOptions<IdentityModuleOptions>>((o, tenant, settings) =>
            {
                o.Cookie.Name = ".commerce.auth." + tenant.Name.ToLowerInvariant();
                o.Cookie.Path = PathOf(tenant);
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = settings.Value.CookieLifetime;
                o.SlidingExpiration = true;
                o.LoginPath = "/account/sign-in";
                o.LogoutPath = "/account/sign-out";
                o.AccessDeniedPath = "/account/access-denied";
                o.Events.OnRedirectToLogin = context => StatusOrRedirect(context, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = context => StatusOrRedirect(context, StatusCodes.Status403Forbidden);
                o.Events.OnValidatePrincipal = async context =>
                {
                    // A cookie is bound to the tenant that issued it; another tenant's key ring cannot read it
                    // anyway, and this closes the gap should two tenants ever share keys.
                    if (context.Principal?.FindFirst(TenantClaimsPrincipalFactory.TenantClaim)?.Value != tenant.Name)
                    {
                        context.RejectPrincipal();
                        return;
                    }

                    await SecurityStampValidator.ValidatePrincipalAsync(context);
                };
            });
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(5));
        services.TryAddScoped<ISecurityStampValidator, SecurityStampValidator<IdentityUser>>();

        // Keys per tenant, in the tenant database: cookies and reset links survive shell rebuilds and work on
        // every host process that shares the database; another tenant cannot read them.
        services.AddDataProtection().PersistKeysToDbContext<IdentityDataContext>();
        services.AddOptions<DataProtectionOptions>().Configure<TenantInfo>((o, tenant) => o.ApplicationDiscriminator = "Commerce:" + tenant.Name);

        services.AddAntiforgery();
        services.AddOptions<AntiforgeryOptions>().Configure<TenantInfo>((o, tenant) =>
        {
            o.Cookie.Name = ".commerce.af." + tenant.Name.ToLowerInvariant();
            o.Cookie.Path = PathOf(tenant);
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.FormFieldName = "__RequestVerificationToken";
        });
    }

    private static string Select(HttpContext context)
    {
        if (context.Request.Headers.ContainsKey("X-Api-Key"))
        {
            return ApiKeyScheme;
        }

        return context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? AccessTokenAuthenticationHandler.SchemeName
            : IdentityConstants.ApplicationScheme;
    }

    /// <summary>APIs answer with a status; pages redirect to the sign-in page.</summary>
    private static Task StatusOrRedirect(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (IsApi(context.Request) || status == StatusCodes.Status403Forbidden)
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    private static string PathOf(TenantInfo tenant) => tenant.RequestUrlPrefix is { } prefix ? "/" + prefix : "/";
}
