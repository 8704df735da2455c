using System.Globalization;

namespace Commerce.Display.Rendering;

/// <summary>One page to render: its template and model, and what the request says about culture and paths.</summary>
/// <param name="PathBase">The tenant's URL prefix (<c>/tea</c>) or empty; <c>href</c> and <c>asset_url</c> prepend it.</param>
/// <param name="Path">The request path within the tenant.</param>
/// <param name="Nonce">The request's content-security-policy nonce, for the rare inline script or style.</param>
/// <param name="WithLayout">False renders the template alone (partials).</param>
/// <param name="Shapes">What zone contributors added.</param>
public sealed record PageRequest(
    string Template,
    object? Model,
    PageOptions Options,
    CultureInfo Culture,
    string PathBase = "",
    string Path = "/",
    string? Nonce = null,
    bool WithLayout = true,
    IReadOnlyList<ZoneShape>? Shapes = null);
