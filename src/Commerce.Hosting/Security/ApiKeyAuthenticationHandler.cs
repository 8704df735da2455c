using System.Security.Claims;
using System.Text.Encodings.Web;
using Commerce.Shells;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Commerce.Hosting.Security;

/// <summary>Authenticates requests carrying the tenant's setup API key in the <c>X-Api-Key</c> header.</summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    TenantApiKey apiKey,
    TenantInfo tenant)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "X-Api-Key";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(HeaderName, out var values) || values.Count == 0)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        if (!apiKey.Verify(values.ToString()))
        {
            return Task.FromResult(AuthenticateResult.Fail("The API key is not valid for this tenant."));
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.Name, "api-key"),
                new Claim(ClaimTypes.Role, "Administrator"),
                new Claim("commerce:tenant", tenant.Name),
            ],
            SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }
}
