using Microsoft.Extensions.FileProviders;

namespace Commerce.Display.Themes;

/// <summary>A module or theme the display layer reads templates, string tables and assets from.</summary>
/// <param name="Files">Its display files (<c>Views/</c>, <c>Locales/</c>, <c>wwwroot/</c>).</param>
/// <param name="BaseTheme">For a theme, the theme it derives from.</param>
public sealed record DisplaySource(string Id, IFileProvider Files, bool IsTheme = false, string? BaseTheme = null, string? Name = null)
{
    public override string ToString() => Id;
}
