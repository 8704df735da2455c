using System.Globalization;
using Fluid;
using Fluid.Values;

namespace Commerce.Display.Templates;

/// <summary>
/// The filters Commerce adds to Liquid (see docs/themes.md):
/// <c>t</c> (translate, with <c>{0}</c> arguments), <c>href</c> (tenant path), <c>asset_url</c> (theme asset with
/// a version), <c>date_local</c> (tenant time zone, culture format), <c>number</c> and <c>money</c>.
/// </summary>
internal static class LiquidFilters
{
    public static void Register(FilterCollection filters)
    {
        filters.AddFilter("t", Translate);
        filters.AddFilter("href", Href);
        filters.AddFilter("asset_url", AssetUrl);
        filters.AddFilter("date_local", DateLocal);
        filters.AddFilter("number", Number);
        filters.AddFilter("money", MoneyFilter);
    }

    private static RenderState State(TemplateContext context)
        => context.AmbientValues.TryGetValue(RenderState.Key, out var state) && state is RenderState s
            ? s
            : throw new InvalidOperationException("Commerce filters need a template context made by the display layer.");

    private static ValueTask<FluidValue> Translate(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var state = State(context);
        var key = input.ToStringValue();
        var text = state.Strings.TryGetValue(key, out var translated) ? translated : key;
        if (arguments.Count > 0)
        {
            var values = arguments.Values.Select(v => v.ToObjectValue()).ToArray();
            try
            {
                text = string.Format(context.CultureInfo, text, values);
            }
            catch (FormatException)
            {
                // A translation with a broken placeholder shows as written rather than breaking the page.
            }
        }

        return new StringValue(text);
    }

    private static ValueTask<FluidValue> Href(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var path = input.ToStringValue();
        return new StringValue(path.StartsWith('/') && !path.StartsWith("//", StringComparison.Ordinal) ? State(context).PathBase + path : path);
    }

    private static ValueTask<FluidValue> AssetUrl(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var state = State(context);
        var path = input.ToStringValue().TrimStart('/');
        var asset = state.Sources.FindAsset(state.Audience, path);
        var theme = asset?.Source ?? state.Sources.ThemeChain(state.Audience).FirstOrDefault();
        if (theme is null)
        {
            return new StringValue(state.PathBase + "/" + path);
        }

        var url = $"{state.PathBase}/themes/{theme.Id}/{path}";
        if (asset is not null)
        {
            url += "?v=" + (asset.File.LastModified.UtcTicks ^ asset.File.Length).ToString("x", CultureInfo.InvariantCulture);
        }

        return new StringValue(url);
    }

    private static ValueTask<FluidValue> DateLocal(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        DateTimeOffset? value = input.ToObjectValue() switch
        {
            DateTimeOffset o => o,
            DateTime d => new DateTimeOffset(d.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(d, DateTimeKind.Utc) : d),
            string s when DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed) => parsed,
            _ => null,
        };
        if (value is null)
        {
            return NilValue.Instance;
        }

        var state = State(context);
        var format = arguments.Count > 0 ? arguments.At(0).ToStringValue() : "g";
        var local = TimeZoneInfo.ConvertTime(value.Value, state.Settings.TimeZone);
        return new StringValue(local.ToString(format, context.CultureInfo));
    }

    private static ValueTask<FluidValue> Number(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var value = input.ToNumberValue();
        var text = arguments.Count > 0
            ? value.ToString("N" + (int)arguments.At(0).ToNumberValue(), context.CultureInfo)
            : value.ToString("#,0.##########", context.CultureInfo);
        return new StringValue(text);
    }

    private static ValueTask<FluidValue> MoneyFilter(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        if (input.ToObjectValue() is Money money)
        {
            return new StringValue(MoneyFormat.Format(money, context.CultureInfo));
        }

        var currency = arguments.Count > 0 && arguments.At(0).ToStringValue() is { Length: > 0 } code ? code : State(context).Settings.Currency;
        return new StringValue(MoneyFormat.Format(input.ToNumberValue(), currency, context.CultureInfo));
    }
}
