using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;

namespace Commerce.Display.Security;

/// <summary>
/// Adds security headers to every response of the shell's pipeline: no MIME sniffing, a strict referrer policy,
/// no framing, and a content security policy that allows scripts and styles only from the site itself or
/// carrying the request's nonce (<c>{{ request.nonce }}</c> in templates). Pages ship CSS and JS as theme assets.
/// </summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        context.Items[CspNonce.ItemKey] = nonce;
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
            if (!headers.ContainsKey("Content-Security-Policy"))
            {
                headers.ContentSecurityPolicy = CspNonce.Policy(nonce);
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}
