using System.Globalization;
using Commerce.Display.Themes;

namespace Commerce.Display.Templates;

/// <summary>What the filters need to know about the request being rendered; kept in the template context.</summary>
internal sealed record RenderState(
    PageAudience Audience,
    DisplaySources Sources,
    IReadOnlyDictionary<string, string> Strings,
    string PathBase,
    DisplaySettings Settings,
    CultureInfo Culture)
{
    public const string Key = "Commerce.Display.RenderState";
}
