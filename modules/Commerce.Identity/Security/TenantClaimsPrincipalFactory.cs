using System.Security.Claims;
using Commerce.Shells;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Commerce.Identity.Security;

/// <summary>Adds the tenant's name to every signed-in principal, so a cookie is only accepted by the tenant that issued it.</summary>
internal sealed class TenantClaimsPrincipalFactory(
    UserManager<IdentityUser> users,
    RoleManager<IdentityRole> roles,
    IOptions<IdentityOptions> options,
    TenantInfo tenant)
    : UserClaimsPrincipalFactory<IdentityUser, IdentityRole>(users, roles, options)
{
    public const string TenantClaim = "commerce:tenant";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(IdentityUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(TenantClaim, tenant.Name));
        return identity;
    }
}
