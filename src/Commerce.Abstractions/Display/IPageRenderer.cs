using Microsoft.AspNetCore.Http;

namespace Commerce.Display;

/// <summary>Who a page is for; picks the theme (storefront theme, admin theme) and the layout.</summary>
public enum PageAudience
{
    Storefront,
    Admin,

    /// <summary>The merchants' back office: rendered with the admin theme, <c>page.audience</c> is <c>merchant</c>.</summary>
    Merchant,
}

/// <summary>How to render a page.</summary>
/// <param name="Title">The page title, already localized; the layout adds the site name. Null shows the site name alone.</param>
/// <param name="StatusCode">The HTTP status of the response.</param>
public sealed record PageOptions(string? Title = null, PageAudience Audience = PageAudience.Storefront, int StatusCode = StatusCodes.Status200OK);

/// <summary>
/// Renders a Liquid template inside the layout of the current tenant's theme for the audience. The template
/// is looked up in the theme, then its base themes, then the module that ships it, by name
/// (for example <c>Announcements/Index</c> is <c>Views/Announcements/Index.liquid</c>).
/// </summary>
/// <remarks>
/// The model's public properties are the template's root names in snake_case (<c>PublishedUtc</c> is
/// <c>published_utc</c>); the template also sees <c>model</c>, <c>page</c>, <c>site</c>, <c>tenant</c>,
/// <c>request</c> and <c>theme</c> (see docs/themes.md). Rendering happens when the result executes, with
/// the request's culture.
/// </remarks>
public interface IPageRenderer
{
    Task<IResult> PageAsync(string template, object? model, PageOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Renders the template alone, without the layout and zones: for fragments such as htmx partial updates.
    /// </summary>
    Task<IResult> PartialAsync(string template, object? model, PageOptions? options = null, CancellationToken cancellationToken = default);
}
