using Microsoft.AspNetCore.Http;

namespace Commerce.Display;

/// <summary>Who a page is for; picks the theme (storefront theme, admin theme) and the layout.</summary>
public enum PageAudience
{
    Storefront,
    Admin,
    Merchant,
}

/// <summary>How to render a page.</summary>
/// <param name="Title">The page title, already localized.</param>
/// <param name="StatusCode">The HTTP status of the response.</param>
public sealed record PageOptions(string? Title = null, PageAudience Audience = PageAudience.Storefront, int StatusCode = StatusCodes.Status200OK);

/// <summary>
/// Renders a Liquid template inside the layout of the current tenant's theme for the audience. The template
/// is looked up in the theme, then its base themes, then the module that ships it, by name
/// (for example <c>Announcements/Index</c> is <c>Views/Announcements/Index.liquid</c>).
/// </summary>
public interface IPageRenderer
{
    Task<IResult> PageAsync(string template, object? model, PageOptions? options = null, CancellationToken cancellationToken = default);
}
