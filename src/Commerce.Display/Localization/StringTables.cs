using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Commerce.Display.Themes;

namespace Commerce.Display.Localization;

/// <summary>
/// The UI strings of a shell, per culture: every source's <c>Locales/{culture}.json</c> (a flat object of
/// English text to translation), merged in <see cref="DisplaySources.StringTableOrder"/> so a theme can reword a
/// module. A culture also reads its parents' tables (zh-CN reads zh-Hans.json and zh.json under zh-CN.json).
/// A key with no translation is its own text, so English needs no table.
/// </summary>
public sealed class StringTables(DisplaySources sources, bool watchFiles)
{
    private readonly ConcurrentDictionary<string, (long Signature, IReadOnlyDictionary<string, string> Table)> _tables = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The translation of <paramref name="key"/>, or the key itself.</summary>
    public string Translate(string key, CultureInfo culture)
        => For(culture).TryGetValue(key, out var text) ? text : key;

    public IReadOnlyDictionary<string, string> For(CultureInfo culture)
    {
        if (_tables.TryGetValue(culture.Name, out var cached) && (!watchFiles || cached.Signature == Signature(culture)))
        {
            return cached.Table;
        }

        var table = Load(culture);
        _tables[culture.Name] = (Signature(culture), table);
        return table;
    }

    private static IEnumerable<string> FileNames(CultureInfo culture)
    {
        var names = new List<string>();
        for (var c = culture; !Equals(c, CultureInfo.InvariantCulture); c = c.Parent)
        {
            names.Add("Locales/" + c.Name + ".json");
        }

        names.Reverse();
        return names;
    }

    private long Signature(CultureInfo culture)
    {
        var signature = 17L;
        foreach (var name in FileNames(culture))
        {
            foreach (var source in sources.StringTableOrder)
            {
                var file = source.Files.GetFileInfo(name);
                signature = unchecked((signature * 31) + (file.Exists ? file.LastModified.UtcTicks ^ file.Length : 0));
            }
        }

        return signature;
    }

    private Dictionary<string, string> Load(CultureInfo culture)
    {
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in FileNames(culture))
        {
            foreach (var source in sources.StringTableOrder)
            {
                var file = source.Files.GetFileInfo(name);
                if (!file.Exists)
                {
                    continue;
                }

                using var stream = file.CreateReadStream();
                using var document = ReadJson(stream, source.Id, name);
                foreach (var entry in document.RootElement.EnumerateObject())
                {
                    if (entry.Value.ValueKind == JsonValueKind.String)
                    {
                        table[entry.Name] = entry.Value.GetString()!;
                    }
                }
            }
        }

        return table;
    }

    private static JsonDocument ReadJson(Stream stream, string source, string name)
    {
        try
        {
            var document = JsonDocument.Parse(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                document.Dispose();
                throw new InvalidDataException($"String table '{name}' of '{source}' is not a JSON object.");
            }

            return document;
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"String table '{name}' of '{source}' is not valid JSON: {e.Message}", e);
        }
    }
}
