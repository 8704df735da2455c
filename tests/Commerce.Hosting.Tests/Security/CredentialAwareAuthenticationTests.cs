using System.Security.Claims;
using System.Text.Encodings.Web;
using Commerce.Hosting.Security;
using Commerce.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Commerce.Hosting.Tests.Security;

/// <summary>
/// Authentication is skipped only for requests that carry no credential, and only while every scheme has a probe:
/// a scheme added without one is asked on every request, as ASP.NET Core would.
/// </summary>
public sealed class CredentialAwareAuthenticationTests
{
    [Fact]
    public async Task A_request_without_credentials_skips_the_schemes_and_stays_anonymous()
    {
        var (user, calls) = await RunAsync(probed: true, headerValue: null);

        Assert.False(user.Identity?.IsAuthenticated);
        Assert.Equal(0, calls.Count);
    }

    [Fact]
    public async Task A_request_with_a_credential_is_authenticated()
    {
        var (user, calls) = await RunAsync(probed: true, headerValue: "token");

        Assert.True(user.Identity?.IsAuthenticated);
        Assert.Equal("token", user.Identity?.Name);
        Assert.Equal(1, calls.Count);
    }

    [Fact]
    public async Task A_scheme_without_a_probe_is_asked_on_every_request()
    {
        var (user, calls) = await RunAsync(probed: false, headerValue: null);

        Assert.False(user.Identity?.IsAuthenticated);
        Assert.Equal(1, calls.Count);
    }

    private static async Task<(ClaimsPrincipal User, CallCount Calls)> RunAsync(bool probed, string? headerValue)
    {
        var calls = new CallCount();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(calls);
        services.AddAuthentication(HeaderHandler.SchemeName).AddScheme<AuthenticationSchemeOptions, HeaderHandler>(HeaderHandler.SchemeName, null);
        if (probed)
        {
            services.AddSingleton<IRequestCredentialProbe, HeaderProbe>();
        }

        await using var provider = services.BuildServiceProvider();
        ClaimsPrincipal? seen = null;
        var middleware = new CredentialAwareAuthenticationMiddleware(
            context =>
            {
                seen = context.User;
                return Task.CompletedTask;
            },
            provider.GetRequiredService<IAuthenticationSchemeProvider>(),
            provider.GetServices<IRequestCredentialProbe>());
        var context = new DefaultHttpContext { RequestServices = provider };
        if (headerValue is not null)
        {
            context.Request.Headers[HeaderHandler.Header] = headerValue;
        }

        await middleware.InvokeAsync(context);
        return (seen!, calls);
    }

    private sealed class CallCount
    {
        public int Count;
    }

    private sealed class HeaderProbe : IRequestCredentialProbe
    {
        public IReadOnlyCollection<string> Schemes { get; } = [HeaderHandler.SchemeName];

        public bool MayCarryCredentials(HttpRequest request) => request.Headers.ContainsKey(HeaderHandler.Header);
    }

    private sealed class HeaderHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, CallCount calls)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        public const string SchemeName = "Header";
        public const string Header = "X-Test-Token";

        protected override Task<AuthenticateResult> HandleAuthenticateAsync()
        {
            calls.Count++;
            return Task.FromResult(Request.Headers.TryGetValue(Header, out var token)
                ? AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, token.ToString())], SchemeName)), SchemeName))
                : AuthenticateResult.NoResult());
        }
    }
}
