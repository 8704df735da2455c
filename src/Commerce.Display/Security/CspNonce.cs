using Microsoft.AspNetCore.Http;

namespace Commerce.Display.Security;

/// <summary>The request's content security policy and its nonce.</summary>
public static class CspNonce
{
    internal const string ItemKey = "Commerce.Display.CspNonce";

    /// <summary>The nonce an inline <c>&lt;script&gt;</c> or <c>&lt;style&gt;</c> must carry, or null outside a shell's pipeline.</summary>
    public static string? GetCspNonce(this HttpContext context) => context.Items.TryGetValue(ItemKey, out var nonce) ? nonce as string : null;

    /// <summary>
    /// Self-hosted resources only; inline scripts and styles only with the nonce; images also as data: URLs;
    /// no plugins, no framing, forms post to the site only.
    /// </summary>
    public static string Policy(string nonce)
        => "default-src 'self'; "
            + $"script-src 'self' 'nonce-{nonce}'; "
            + $"style-src 'self' 'nonce-{nonce}'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
}
