using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Display;

/// <summary>The antiforgery token a page's forms carry, as templates see it: <c>antiforgery.field_name</c>, <c>antiforgery.value</c>.</summary>
public sealed record FormToken(string FieldName, string Value);

/// <summary>
/// What every server-rendered form needs: its antiforgery token, the check of a post, the redirect after it,
/// and safe return paths. Forms ride on the sign-in cookie, so each post must prove it came from our page.
/// </summary>
public static class PageForms
{
    /// <summary>Issues (and stores in its cookie) the antiforgery token the page's forms render as a hidden field.</summary>
    public static FormToken Token(HttpContext context)
    {
        var tokens = context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);
        return new FormToken(tokens.FormFieldName, tokens.RequestToken ?? "");
    }

    /// <summary>Reads a form post after checking its antiforgery token; null when the check fails (answer 400 then).</summary>
    public static async Task<IFormCollection?> ReadAsync(HttpContext context)
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

    /// <summary>A redirect after a successful post (303, so the browser follows with GET), under the tenant's prefix.</summary>
    public static IResult SeeOther(HttpContext context, string path)
    {
        context.Response.Headers.Location = context.Request.PathBase + path;
        return Results.StatusCode(StatusCodes.Status303SeeOther);
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
