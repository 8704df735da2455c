using System.Globalization;
using Commerce.Display.Localization;

namespace Commerce.Display.ZoneContributors;

/// <summary>Puts links to every language in the footer zone of every page, as <c>Shared/LanguageSwitcher</c>.</summary>
internal sealed class LanguageSwitcherZone : IZoneContributor
{
    public ValueTask<IEnumerable<ZoneShape>> ContributeAsync(ZoneContext context, CancellationToken cancellationToken = default)
    {
        var request = context.HttpContext.Request;
        var returnUrl = Uri.EscapeDataString((request.Path.Value ?? "/") + request.QueryString.Value);
        var cultures = DisplayCultures.Supported
            .Select(c => new LanguageLink(
                c.Name,
                DisplayCultures.NativeName(c),
                $"/culture/{c.Name}?returnUrl={returnUrl}",
                c.Name == CultureInfo.CurrentUICulture.Name))
            .ToList();
        return ValueTask.FromResult<IEnumerable<ZoneShape>>([new ZoneShape(Zones.Footer, "Shared/LanguageSwitcher", new { Cultures = cultures }, 100)]);
    }
}
