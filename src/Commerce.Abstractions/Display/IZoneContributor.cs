using Microsoft.AspNetCore.Http;

namespace Commerce.Display;

/// <summary>
/// Fills layout zones (<see cref="Zones"/>) of every page of an audience with shapes: a template and its model.
/// Register one in a feature's startup (<c>services.AddScoped&lt;IZoneContributor, MyContributor&gt;()</c>); a
/// hidden feature's contributors are skipped on storefront pages, a disabled feature's do not exist.
/// </summary>
public interface IZoneContributor
{
    ValueTask<IEnumerable<ZoneShape>> ContributeAsync(ZoneContext context, CancellationToken cancellationToken = default);
}

/// <summary>The page a contributor is asked about.</summary>
/// <param name="Template">The page's template name, e.g. <c>Home/Index</c>.</param>
public sealed record ZoneContext(PageAudience Audience, string Template, HttpContext HttpContext);

/// <summary>
/// A piece of a zone: the template (looked up like a page template, so themes override it) rendered with
/// <paramref name="Model"/>. Shapes of a zone render in ascending <paramref name="Position"/>; the page's own
/// template is the main zone's shape at position 0.
/// </summary>
public sealed record ZoneShape(string Zone, string Template, object? Model = null, int Position = 0);

/// <summary>The zones every layout renders.</summary>
public static class Zones
{
    public const string Header = "header";
    public const string Navigation = "navigation";
    public const string Main = "main";
    public const string Footer = "footer";

    public static IReadOnlyList<string> All { get; } = [Header, Navigation, Main, Footer];
}
