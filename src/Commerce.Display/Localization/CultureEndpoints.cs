using Commerce.Problems;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Routing;

namespace Commerce.Display.Localization;

/// <summary><c>GET /culture/{name}?returnUrl=/path</c>: remembers the visitor's language in a cookie and goes back.</summary>
internal static class CultureEndpoints
{
    public static void MapCultureSwitch(this IEndpointRouteBuilder routes)
        => routes.MapGet("/culture/{name}", Switch)
            .WithName("SwitchCulture")
            .WithSummary("Switch the language")
            .WithDescription("Sets the language cookie to a supported culture (en, zh-CN) and redirects to returnUrl, a path within the tenant.")
            .WithTags("Display");

    private static IResult Switch(HttpContext context, string name, string? returnUrl)
    {
        if (DisplayCultures.Match(name) is not { } culture)
        {
            return ProblemResults.Refused(
                StatusCodes.Status400BadRequest, "unknown-culture", "Unknown language",
                $"'{name}' is not one of: {string.Join(", ", DisplayCultures.Supported.Select(c => c.Name))}.");
        }

        var pathBase = context.Request.PathBase.Value ?? "";
        context.Response.Cookies.Append(
            DisplayCultures.CookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions
            {
                Path = pathBase.Length == 0 ? "/" : pathBase,
                MaxAge = TimeSpan.FromDays(365),
                HttpOnly = true,
                Secure = context.Request.IsHttps,
                SameSite = SameSiteMode.Lax,
                IsEssential = true,
            });
        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.Redirect(pathBase + (IsLocalPath(returnUrl) ? returnUrl : "/"));
    }

    /// <summary>Only a path within the site: no scheme, no protocol-relative <c>//host</c> or <c>/\host</c>.</summary>
    internal static bool IsLocalPath(string? url)
        => url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) && !url.Contains("://", StringComparison.Ordinal);
}
