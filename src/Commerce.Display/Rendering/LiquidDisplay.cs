using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Commerce.Display.Localization;
using Commerce.Display.Templates;
using Commerce.Display.Themes;
using Commerce.Shells;
using Fluid;
using Fluid.Values;

namespace Commerce.Display.Rendering;

/// <summary>
/// Renders Liquid pages for a shell: the page template into the main zone, the zone shapes, then the
/// audience's <c>Layout</c> around them. One per shell; templates are parsed once per file version
/// (<see cref="LiquidTemplateCache"/>).
/// </summary>
public sealed class LiquidDisplay
{
    /// <summary>The layout template every audience's theme provides (<c>Views/Layout.liquid</c>).</summary>
    public const string LayoutTemplate = "Layout";

    /// <summary>Writes Chinese and every other script as is, escaping only what HTML needs.</summary>
    public static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static readonly FluidParser Parser = new();

    private readonly StringTables _strings;
    private readonly DisplaySettings _settings;
    private readonly TenantInfo _tenant;
    private readonly LiquidTemplateCache _cache;
    private readonly TemplateOptions _storefrontOptions;
    private readonly TemplateOptions _backOfficeOptions;

    public LiquidDisplay(DisplaySources sources, StringTables strings, DisplaySettings settings, TenantInfo tenant, LiquidTemplateCache cache)
    {
        Sources = sources;
        _strings = strings;
        _settings = settings;
        _tenant = tenant;
        _cache = cache;
        _storefrontOptions = CreateOptions(sources.Lookup(PageAudience.Storefront));
        _backOfficeOptions = CreateOptions(sources.Lookup(PageAudience.Admin));
    }

    public DisplaySources Sources { get; }

    public async Task<string> RenderAsync(PageRequest request, CancellationToken cancellationToken = default)
    {
        var audience = request.Options.Audience;
        var state = new RenderState(audience, Sources, _strings.For(request.Culture), request.PathBase, _settings, request.Culture);
        var globals = Globals(request);
        var main = await RenderTemplateAsync(request.Template, request.Model, state, globals, null);
        if (!request.WithLayout)
        {
            return main;
        }

        var zones = Zones.All.ToDictionary(z => z, _ => new List<(int Position, string Html)>(), StringComparer.Ordinal);
        zones[Zones.Main].Add((0, main));
        foreach (var shape in request.Shapes ?? [])
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!zones.TryGetValue(shape.Zone, out var zone))
            {
                throw new TemplateException($"Zone '{shape.Zone}' of shape '{shape.Template}' is not one of: {string.Join(", ", Zones.All)}.");
            }

            zone.Add((shape.Position, await RenderTemplateAsync(shape.Template, shape.Model, state, globals, null)));
        }

        // Zones are HTML the templates already encoded: the layout writes them as they are.
        var rendered = zones.ToDictionary(
            z => z.Key,
            z => (object)new StringValue(string.Concat(z.Value.OrderBy(p => p.Position).Select(p => p.Html)), encode: false),
            StringComparer.Ordinal);
        return await RenderTemplateAsync(LayoutTemplate, null, state, globals, rendered);
    }

    private async Task<string> RenderTemplateAsync(string name, object? model, RenderState state, Dictionary<string, object?> globals, Dictionary<string, object>? zones)
    {
        var file = Sources.FindTemplate(state.Audience, name)
            ?? throw new TemplateException(
                $"Template '{name}' (Views/{name}.liquid) is not in any of: {string.Join(", ", Sources.Lookup(state.Audience))}.");
        var template = _cache.GetOrParse(file, Parser);
        var options = state.Audience == PageAudience.Storefront ? _storefrontOptions : _backOfficeOptions;
        var context = new TemplateContext(model ?? new object(), options)
        {
            CultureInfo = state.Culture,
            TimeZone = _settings.TimeZone,
        };
        context.AmbientValues[RenderState.Key] = state;
        foreach (var (key, value) in globals)
        {
            context.SetValue(key, FluidValue.Create(value, options));
        }

        context.SetValue("model", FluidValue.Create(model, options));
        if (zones is not null)
        {
            context.SetValue("zones", FluidValue.Create(zones, options));
        }

        var output = new StringBuilder();
        await using (var writer = new StringWriter(output))
        {
            await template.RenderAsync(writer, Encoder, context);
        }

        return output.ToString();
    }

    private Dictionary<string, object?> Globals(PageRequest request)
    {
        var audience = request.Options.Audience;
        var theme = Sources.ThemeChain(audience).FirstOrDefault();
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["page"] = new Dictionary<string, object?>
            {
                ["title"] = request.Options.Title,
                ["audience"] = audience.ToString().ToLowerInvariant(),
                ["template"] = request.Template,
                ["lang"] = request.Culture.Name,
                ["status_code"] = request.Options.StatusCode,
            },
            ["site"] = new Dictionary<string, object?> { ["name"] = _tenant.Name },
            ["tenant"] = new Dictionary<string, object?> { ["name"] = _tenant.Name, ["is_default"] = _tenant.IsDefault },
            ["request"] = new Dictionary<string, object?>
            {
                ["path"] = request.Path,
                ["path_base"] = request.PathBase,
                ["nonce"] = request.Nonce,
            },
            ["theme"] = theme is null ? null : new Dictionary<string, object?> { ["id"] = theme.Id, ["name"] = theme.Name ?? theme.Id },
        };
    }

    private static TemplateOptions CreateOptions(IReadOnlyList<DisplaySource> lookup)
    {
        var options = new TemplateOptions
        {
            MemberAccessStrategy = new UnsafeMemberAccessStrategy { MemberNameStrategy = MemberNameStrategies.SnakeCase },
            FileProvider = new ChainFileProvider(lookup),
        };
        // Fluid writes IFormattable values as strings; money stays an object so `money` and `.amount` see its parts.
        options.ValueConverters.Add(value => value is Money money ? new ObjectValue(money) : null);
        LiquidFilters.Register(options.Filters);
        return options;
    }
}
