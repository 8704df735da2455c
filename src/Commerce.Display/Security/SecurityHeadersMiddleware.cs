using Microsoft.AspNetCore.Http;

namespace Commerce.Display.Security;

/// <summary>
/// Adds security headers to every response of the shell's pipeline: no MIME sniffing, a strict referrer policy,
/// no framing, and a content security policy that allows scripts and styles only from the site itself or
/// carrying the request's nonce (<c>{{ request.nonce }}</c> in templates). Pages ship CSS and JS as theme assets.
/// </summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    private static readonly Func<object, Task> WriteHeaders = state =>
    {
        var context = (HttpContext)state;
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
        if (!headers.ContainsKey("Content-Security-Policy"))
        {
            // The nonce exists only if the response (a rendered page) asked for it.
            var nonce = context.Items.TryGetValue(CspNonce.ItemKey, out var value) ? value as string : null;
            headers.ContentSecurityPolicy = CspNonce.Policy(nonce);
        }

        return Task.CompletedTask;
    };

    public Task InvokeAsync(HttpContext context)
    {
        context.Items[CspNonce.ItemKey] = null; // a slot: GetCspNonce makes the nonce on first use
        context.Response.OnStarting(WriteHeaders, context);
        return next(context);
    }
}
