using System.Security.Claims;
using Commerce.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Commerce.Hosting.Security;

/// <summary>The requirement behind <see cref="PermissionEndpointExtensions.RequirePermission{TBuilder}"/>.</summary>
public sealed record PermissionRequirement(string Permission) : IAuthorizationRequirement;

/// <summary>
/// Makes a policy for every <c>Permission:{name}</c> on demand: a signed-in user (so anonymous callers are
/// challenged, 401) whose roles hold the permission (else forbidden, 403). Other names go to the default provider.
/// </summary>
internal sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options) : DefaultAuthorizationPolicyProvider(options)
{
    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        if (policyName.StartsWith(PermissionEndpointExtensions.PolicyPrefix, StringComparison.Ordinal))
        {
            return new AuthorizationPolicyBuilder()
                .RequireAuthenticatedUser()
                .AddRequirements(new PermissionRequirement(policyName[PermissionEndpointExtensions.PolicyPrefix.Length..]))
                .Build();
        }

        return await base.GetPolicyAsync(policyName);
    }
}

/// <summary>
/// Administrators hold every permission; other roles hold what the tenant's grant store says. Without a grant
/// store (identity disabled) only administrators, that is the API key, pass.
/// </summary>
internal sealed class PermissionAuthorizationHandler(IEnumerable<IPermissionGrantStore> stores) : AuthorizationHandler<PermissionRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (context.User.Identity?.IsAuthenticated != true)
        {
            return;
        }

        if (context.User.IsInRole(RoleNames.Administrator))
        {
            context.Succeed(requirement);
            return;
        }

        var roles = context.User.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList();
        if (roles.Count == 0 || stores.LastOrDefault() is not { } store)
        {
            return;
        }

        if (await store.IsGrantedAsync(roles, requirement.Permission))
        {
            context.Succeed(requirement);
        }
    }
}

public static class PermissionServiceCollectionExtensions
{
    /// <summary>Adds permission policies (<c>.RequirePermission(...)</c>) to a shell.</summary>
    public static IServiceCollection AddPermissionAuthorization(this IServiceCollection services)
    {
        services.AddAuthorization();
        services.Replace(ServiceDescriptor.Singleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>());
        services.AddScoped<IAuthorizationHandler, PermissionAuthorizationHandler>();
        return services;
    }
}
