using Commerce.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Net.Http.Headers;

namespace Commerce.Identity.Security;

/// <summary>
/// The identity schemes' probe: a sign-in (or external, or two-factor) cookie needs a <c>Cookie</c> header, an
/// access token an <c>Authorization</c> header; a request with neither is anonymous for all of them.
/// </summary>
internal sealed class IdentityCredentialProbe : IRequestCredentialProbe
{
    public IReadOnlyCollection<string> Schemes { get; } =
    [
        AuthenticationSetup.SelectorScheme, AccessTokenAuthenticationHandler.SchemeName, IdentityConstants.ApplicationScheme,
        IdentityConstants.ExternalScheme, IdentityConstants.TwoFactorRememberMeScheme, IdentityConstants.TwoFactorUserIdScheme,
    ];

    public bool MayCarryCredentials(HttpRequest request)
        => request.Headers.ContainsKey(HeaderNames.Cookie) || request.Headers.ContainsKey(HeaderNames.Authorization);
}
