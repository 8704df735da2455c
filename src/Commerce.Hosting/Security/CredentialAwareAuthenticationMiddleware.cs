using Commerce.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;

namespace Commerce.Hosting.Security;

/// <summary>
/// ASP.NET Core's authentication middleware, skipped for requests that carry no credential at all (see
/// <see cref="IRequestCredentialProbe"/>): an anonymous request then costs no handler, options lookup or ticket
/// work. The shortcut applies only while every scheme of the shell has a probe and none handles remote callbacks.
/// </summary>
internal sealed class CredentialAwareAuthenticationMiddleware(
    RequestDelegate next, IAuthenticationSchemeProvider schemes, IEnumerable<IRequestCredentialProbe> probes)
{
    private readonly AuthenticationMiddleware _authentication = new(next, schemes);
    private readonly IRequestCredentialProbe[] _probes = [.. probes];
    private bool? _shortcut;

    public async Task InvokeAsync(HttpContext context)
    {
        _shortcut ??= await CanShortcutAsync();
        if (_shortcut == true && !MayCarryCredentials(context.Request))
        {
            await next(context);
            return;
        }

        await _authentication.Invoke(context);
    }

    private bool MayCarryCredentials(HttpRequest request)
    {
        foreach (var probe in _probes)
        {
            if (probe.MayCarryCredentials(request))
            {
                return true;
            }
        }

        return false;
    }

    private async Task<bool> CanShortcutAsync()
    {
        if ((await schemes.GetRequestHandlerSchemesAsync()).Any())
        {
            return false;
        }

        var covered = _probes.SelectMany(p => p.Schemes).ToHashSet(StringComparer.Ordinal);
        return (await schemes.GetAllSchemesAsync()).All(s => covered.Contains(s.Name));
    }
}

/// <summary>The API key scheme's probe: only a request with an <c>X-Api-Key</c> header may carry one.</summary>
internal sealed class ApiKeyCredentialProbe : IRequestCredentialProbe
{
    public IReadOnlyCollection<string> Schemes { get; } = [ApiKeyAuthenticationHandler.SchemeName];

    public bool MayCarryCredentials(HttpRequest request) => request.Headers.ContainsKey(ApiKeyAuthenticationHandler.HeaderName);
}
