using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;

namespace Commerce.Display.Localization;

/// <summary>
/// Sets the request's culture: the visitor's cookie (<see cref="DisplayCultures.CookieName"/>), else the
/// first supported language of Accept-Language by quality, else the tenant default
/// (<see cref="DisplaySettingKeys.Culture"/>, English unless set).
/// </summary>
internal sealed class CultureMiddleware(RequestDelegate next, DisplaySettings settings)
{
    public Task InvokeAsync(HttpContext context)
    {
        var culture = Resolve(context.Request, settings.DefaultCulture);
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
        context.Features.Set<IRequestCultureFeature>(new RequestCultureFeature(new RequestCulture(culture), provider: null));
        return next(context);
    }

    public static CultureInfo Resolve(HttpRequest request, CultureInfo fallback)
    {
        if (request.Cookies.TryGetValue(DisplayCultures.CookieName, out var cookie)
            && CookieRequestCultureProvider.ParseCookieValue(cookie) is { } chosen
            && DisplayCultures.Match(chosen.UICultures.FirstOrDefault().Value) is { } fromCookie)
        {
            return fromCookie;
        }

        var languages = request.GetTypedHeaders().AcceptLanguage;
        foreach (var language in languages.Where(l => l.Quality is not 0).OrderByDescending(l => l.Quality ?? 1))
        {
            if (DisplayCultures.Match(language.Value.Value) is { } accepted)
            {
                return accepted;
            }
        }

        return fallback;
    }
}
