using Commerce.Problems;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

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

    /// <summary>Reads a form post after checking its antiforgery token; null when the check fails (answer <see cref="ExpiredAsync"/> then).</summary>
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

    /// <summary>
    /// The answer to a post whose antiforgery check failed: 400, nothing changed. A browser gets the one "form expired"
    /// page (template <c>Shared/FormExpired</c> of the display layer, in the audience's layout, with a link back to the
    /// form's page when it is on this site); a caller that asks for JSON and not HTML gets the
    /// <see cref="ProblemTypes.FormExpired"/> problem.
    /// </summary>
    public static async Task<IResult> ExpiredAsync(HttpContext context, PageAudience audience)
    {
        var accept = context.Request.Headers.Accept.ToString();
        if (accept.Contains("json", StringComparison.OrdinalIgnoreCase) && !accept.Contains("text/html", StringComparison.OrdinalIgnoreCase))
        {
            return ProblemResults.FormExpired();
        }

        var title = context.RequestServices.GetService<IStringLocalizer>()?["Form expired"].Value ?? "Form expired";
        return await context.RequestServices.GetRequiredService<IPageRenderer>().PageAsync(
            "Shared/FormExpired", new { Back = FormPage(context) }, new PageOptions(title, audience, StatusCodes.Status400BadRequest), context.RequestAborted);
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

    // The page the form was posted from, when the browser says and it is on this site.
    private static string? FormPage(HttpContext context)
        => Uri.TryCreate(context.Request.Headers.Referer.ToString(), UriKind.Absolute, out var referer)
            && string.Equals(referer.Authority, context.Request.Host.Value, StringComparison.OrdinalIgnoreCase)
            && IsLocal(referer.PathAndQuery)
                ? referer.PathAndQuery
                : null;

    public static bool IsLocal(string? url)
        => url is { Length: > 0 } && url[0] == '/'
            && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            && !url.Any(char.IsControl);
}
