using System.Globalization;
using Commerce.Display.Security;
using Commerce.Shells;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace Commerce.Display.Rendering;

/// <summary>A Liquid page: asks the zone contributors for shapes, renders through the shell's <see cref="LiquidDisplay"/>, writes HTML.</summary>
internal sealed record PageResult(string Template, object? Model, PageOptions Options, bool WithLayout)
    : IResult, IStatusCodeHttpResult, IContentTypeHttpResult
{
    public const string HtmlContentType = "text/html; charset=utf-8";

    int? IStatusCodeHttpResult.StatusCode => Options.StatusCode;

    string IContentTypeHttpResult.ContentType => HtmlContentType;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var services = httpContext.RequestServices;
        var display = services.GetRequiredService<LiquidDisplay>();
        var shapes = WithLayout ? await CollectShapesAsync(httpContext) : [];
        var html = await display.RenderAsync(
            new PageRequest(
                Template,
                Model,
                Options,
                CultureInfo.CurrentUICulture,
                httpContext.Request.PathBase.Value ?? "",
                httpContext.Request.Path.Value ?? "/",
                httpContext.GetCspNonce(),
                WithLayout,
                shapes),
            httpContext.RequestAborted);

        var response = httpContext.Response;
        response.StatusCode = Options.StatusCode;
        response.ContentType = HtmlContentType;
        response.Headers.ContentLanguage = CultureInfo.CurrentUICulture.Name;
        response.Headers.Append(HeaderNames.Vary, "Accept-Language, Cookie");
        await response.WriteAsync(html, httpContext.RequestAborted);
    }

    private async Task<List<ZoneShape>> CollectShapesAsync(HttpContext httpContext)
    {
        var services = httpContext.RequestServices;
        var features = services.GetRequiredService<IShellFeatures>();
        var context = new ZoneContext(Options.Audience, Template, httpContext);
        var shapes = new List<ZoneShape>();
        foreach (var contributor in services.GetServices<IZoneContributor>())
        {
            // A hidden feature keeps out of the storefront, zones included.
            if (Options.Audience == PageAudience.Storefront && features.FeatureOf(contributor.GetType()) is { } owner && features.IsHidden(owner))
            {
                continue;
            }

            shapes.AddRange(await contributor.ContributeAsync(context, httpContext.RequestAborted));
        }

        return shapes;
    }
}
