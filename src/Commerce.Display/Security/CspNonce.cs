using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;

namespace Commerce.Display.Security;

/// <summary>The request's content security policy and its nonce.</summary>
public static class CspNonce
{
    internal const string ItemKey = "Commerce.Display.CspNonce";

    /// <summary>
    /// The nonce an inline <c>&lt;script&gt;</c> or <c>&lt;style&gt;</c> must carry, made on first use; null outside
    /// a shell's pipeline. Responses that never ask for one (APIs, assets) skip making it.
    /// </summary>
    public static string? GetCspNonce(this HttpContext context)
    {
        if (!context.Items.TryGetValue(ItemKey, out var value))
        {
            return null;
        }

        if (value is string nonce)
        {
            return nonce;
        }

        nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        context.Items[ItemKey] = nonce;
        return nonce;
    }

    /// <summary>
    /// Self-hosted resources only; inline scripts and styles only with the nonce (none at all without one);
    /// images also as data: URLs; no plugins, no framing, forms post to the site only.
    /// </summary>
    public static string Policy(string? nonce)
        => nonce is null
            ? NoInlinePolicy
            : "default-src 'self'; "
                + $"script-src 'self' 'nonce-{nonce}'; "
                + $"style-src 'self' 'nonce-{nonce}'; "
                + Rest;

    private const string Rest = "img-src 'self' data:; font-src 'self'; connect-src 'self'; "
        + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private const string NoInlinePolicy = "default-src 'self'; script-src 'self'; style-src 'self'; " + Rest;
}
