using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Commerce.Display.Localization;

/// <summary>
/// <see cref="IStringLocalizer"/> over the shell's string tables, in the request's UI culture: C# code
/// (page titles, messages) translates with the same tables as templates. Every
/// <see cref="IStringLocalizer{T}"/> reads the same merged tables.
/// </summary>
internal sealed class JsonStringLocalizer(StringTables tables) : IStringLocalizer
{
    public LocalizedString this[string name]
    {
        get
        {
            var found = tables.For(CultureInfo.CurrentUICulture).TryGetValue(name, out var text);
            return new LocalizedString(name, text ?? name, resourceNotFound: !found);
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var text = this[name];
            return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, text.Value, arguments), text.ResourceNotFound);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures)
        => tables.For(CultureInfo.CurrentUICulture).Select(e => new LocalizedString(e.Key, e.Value));
}
