using System.Net;
using System.Text;
using Commerce.Navigation;
using Microsoft.AspNetCore.Http;

namespace Commerce.Storefront.Pages;

/// <summary>
/// The storefront's page frame: title, navigation and a main part. A plain server-rendered page until
/// themes replace it with Liquid templates.
/// </summary>
public static class StorefrontPage
{
    /// <param name="main">Already encoded HTML for the main zone.</param>
    public static IResult Render(HttpContext context, string title, IReadOnlyList<NavigationItem> navigation, string main)
    {
        var pathBase = context.Request.PathBase.Value ?? "";
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
            .Append(WebUtility.HtmlEncode(title))
            .Append("</title></head><body><header><h1>")
            .Append(WebUtility.HtmlEncode(title))
            .Append("</h1><nav><ul>");
        foreach (var item in navigation)
        {
            html.Append("<li><a href=\"")
                .Append(WebUtility.HtmlEncode(pathBase + item.Href))
                .Append("\">")
                .Append(WebUtility.HtmlEncode(item.Text))
                .Append("</a></li>");
        }

        html.Append("</ul></nav></header><main>").Append(main).Append("</main></body></html>");
        return Results.Content(html.ToString(), "text/html; charset=utf-8");
    }
}
