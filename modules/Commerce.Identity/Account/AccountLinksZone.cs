using Commerce.Display;
using Microsoft.AspNetCore.Http;

namespace Commerce.Identity.Account;

/// <summary>
/// Puts <c>Shared/AccountLinks</c> in the header zone of every page: "Sign in" and "Create an account" for
/// visitors (coming back to the page after signing in), the user's name and a sign-out button for users.
/// </summary>
internal sealed class AccountLinksZone : IZoneContributor
{
    public ValueTask<IEnumerable<ZoneShape>> ContributeAsync(ZoneContext context, CancellationToken cancellationToken = default)
    {
        var http = context.HttpContext;
        var identity = http.User.Identity;

        // The API key and access tokens are not a browser session: there is nothing to sign out of.
        var signedIn = identity is { IsAuthenticated: true } && identity.AuthenticationType == Microsoft.AspNetCore.Identity.IdentityConstants.ApplicationScheme;
        var model = new
        {
            SignedIn = signedIn,
            UserName = signedIn ? identity!.Name : null,
            // Back to this page after signing in; not back to an account page itself.
            ReturnUrl = http.Request.Path.StartsWithSegments("/account") ? null : (http.Request.PathBase + http.Request.Path + http.Request.QueryString).ToString(),
            Antiforgery = signedIn ? PageForms.Token(http) : null,
        };
        return ValueTask.FromResult<IEnumerable<ZoneShape>>([new ZoneShape(Zones.Header, "Shared/AccountLinks", model, Position: -10)]);
    }
}
