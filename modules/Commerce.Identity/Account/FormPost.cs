using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Identity.Account;

/// <summary>The antiforgery token a page's form carries, as templates see it: <c>field_name</c>, <c>value</c>.</summary>
public sealed record FormToken(string FieldName, string Value);

/// <summary>What every account and admin form needs: its antiforgery token, the check of a post, safe return paths.</summary>
internal static class FormPost
{
    /// <summary>Issues (and stores in its cookie) the antiforgery token the page's forms render as a hidden field.</summary>
    public static FormToken Token(HttpContext context)
    {
        var tokens = context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);
        return new FormToken(tokens.FormFieldName, tokens.RequestToken ?? "");
    }

    /// <summary>Reads a form post after checking its antiforgery token; null when the check fails.</summary>
    public static async Task<IFormCollection?> ReadFormAsync(HttpContext context)
    {
        if (!context.Request.HasFormContentType)
        {
            return null;
        }

        try
        {
            await context.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(context);
        }
        catch (AntiforgeryValidationException)
        {
            return null;
        }

        return await context.Request.ReadFormAsync(context.RequestAborted);
    }

    /// <summary>
    /// Only paths on this site, so a sign-in link cannot send the user elsewhere (<c>//host</c> and <c>/\host</c>
    /// are other sites to a browser); anything else goes to the tenant's home page.
    /// </summary>
    public static string LocalReturnUrl(HttpContext context, string? returnUrl)
        => IsLocal(returnUrl) ? returnUrl! : context.Request.PathBase + "/";

    public static bool IsLocal(string? url)
        => url is { Length: > 0 } && url[0] == '/'
            && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            && !url.Any(char.IsControl);
}
