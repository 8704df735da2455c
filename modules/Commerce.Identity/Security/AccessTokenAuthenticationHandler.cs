using System.Security.Claims;
using System.Text.Encodings.Web;
using Commerce.Identity.Services;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Commerce.Identity.Security;

/// <summary>
/// Authenticates <c>Authorization: Bearer cpat_…</c> with a personal access token of this tenant. The user and
/// roles are read fresh on each request, so a lock, a role change or a revocation takes effect at once.
/// </summary>
internal sealed class AccessTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    AccessTokens tokens,
    UserManager<IdentityUser> users,
    IUserClaimsPrincipalFactory<IdentityUser> principals)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";
    public const string TokenIdClaim = "commerce:token";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var token = await tokens.FindActiveAsync(header["Bearer ".Length..].Trim(), Context.RequestAborted);
        if (token is null)
        {
            return AuthenticateResult.Fail("The access token is not valid for this tenant, or it expired or was revoked.");
        }

        var user = await users.FindByIdAsync(token.UserId);
        if (user is null || await users.IsLockedOutAsync(user))
        {
            return AuthenticateResult.Fail("The token's user does not exist or is locked out.");
        }

        var claims = (ClaimsIdentity)(await principals.CreateAsync(user)).Identity!;
        var identity = new ClaimsIdentity(claims.Claims, SchemeName, claims.NameClaimType, claims.RoleClaimType);
        identity.AddClaim(new Claim(TokenIdClaim, token.Id.ToString()));
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }
}
