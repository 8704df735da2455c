using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Commerce.Benchmarks;

/// <summary>
/// Stands in for the shell's API-key handler in the comparison app: like it, it answers "no result" to a
/// request without an <c>X-Api-Key</c> header, which is every request of the load run.
/// </summary>
internal sealed class HeaderKeyHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "HeaderKey";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
        => Task.FromResult(Request.Headers.ContainsKey("X-Api-Key")
            ? AuthenticateResult.Fail("Not checked in the comparison app.")
            : AuthenticateResult.NoResult());
}
