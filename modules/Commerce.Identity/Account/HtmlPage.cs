using System.Net;
using System.Text;
using Commerce.Shells;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Identity.Account;

/// <summary>
/// A plain server-rendered page frame for the account and admin pages: works without JavaScript, every form
/// carries an antiforgery token. Kept minimal until the pages move to Liquid templates in a theme.
/// </summary>
internal static class HtmlPage
{
    public static string Encode(string? value) => WebUtility.HtmlEncode(value ?? "");

    public static IResult Render(HttpContext context, string title, string body, int status = StatusCodes.Status200OK)
    {
        var tenant = context.RequestServices.GetRequiredService<TenantInfo>();
        var html = new StringBuilder()
            .Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\"><title>")
            .Append(Encode(title)).Append(" - ").Append(Encode(tenant.Name))
            .Append("</title></head><body><header><a href=\"").Append(Encode(context.Request.PathBase + "/")).Append("\">").Append(Encode(tenant.Name))
            .Append("</a></header><main><h1>").Append(Encode(title)).Append("</h1>")
            .Append(body)
            .Append("</main></body></html>");
        return Results.Content(html.ToString(), "text/html; charset=utf-8", Encoding.UTF8, status);
    }

    /// <summary>Opens a POST form to <paramref name="action"/> (relative to the tenant) with the antiforgery token.</summary>
    public static string Form(HttpContext context, string action)
    {
        var tokens = context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);
        return $"<form method=\"post\" action=\"{Encode(context.Request.PathBase + action)}\"><input type=\"hidden\" name=\"{Encode(tokens.FormFieldName)}\" value=\"{Encode(tokens.RequestToken)}\">";
    }

    public static string Field(string label, string name, string type = "text", string? value = null, string? error = null, string? autocomplete = null)
        => $"<p><label>{Encode(label)}<br><input type=\"{type}\" name=\"{name}\" value=\"{Encode(value)}\"" +
           (autocomplete is null ? "" : $" autocomplete=\"{autocomplete}\"") + " required></label>" +
           (error is null ? "" : $"<br><strong class=\"error\">{Encode(error)}</strong>") + "</p>";

    public static string Errors(IDictionary<string, string[]> errors)
        => errors.Count == 0 ? "" : "<ul class=\"errors\">" + string.Concat(errors.SelectMany(e => e.Value.Select(m => $"<li>{Encode(e.Key)}: {Encode(m)}</li>"))) + "</ul>";

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

    public static IResult Forged(HttpContext context)
        => Render(context, "Form expired", "<p>The form was not accepted (missing or expired security token). Go back, reload the page and try again.</p>", StatusCodes.Status400BadRequest);

    /// <summary>Only local paths, so a sign-in link cannot send the user to another site.</summary>
    public static string LocalReturnUrl(HttpContext context, string? returnUrl)
        => returnUrl is { Length: > 0 } url && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            ? url
            : context.Request.PathBase + "/";
}
