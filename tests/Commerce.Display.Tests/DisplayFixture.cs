using System.Globalization;
using Commerce.Display.Files;
using Commerce.Display.Localization;
using Commerce.Display.Rendering;
using Commerce.Display.Templates;
using Commerce.Display.Themes;
using Commerce.Shells;

namespace Commerce.Display.Tests;

/// <summary>
/// Themes and modules as folders on disk (read like a module's source folder in Development), and a
/// <see cref="LiquidDisplay"/> over them with its own template cache.
/// </summary>
public sealed class DisplayFixture : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "commerce-display-tests", Guid.NewGuid().ToString("n"));
    private readonly List<(string Id, bool IsTheme, string? BaseTheme)> _sources = [];

    public LiquidTemplateCache Cache { get; } = new();

    public DisplaySettings Settings { get; set; } = DisplaySettings.Default;

    /// <summary>Adds a module (lowest priority first, as in dependency order).</summary>
    public DisplayFixture Module(string id)
    {
        _sources.Add((id, false, null));
        Directory.CreateDirectory(Folder(id));
        return this;
    }

    public DisplayFixture Theme(string id, string? baseTheme = null)
    {
        _sources.Add((id, true, baseTheme));
        Directory.CreateDirectory(Folder(id));
        return this;
    }

    /// <summary>Writes a file of a module or theme, e.g. <c>Write("M", "Views/Page.liquid", "...")</c>.</summary>
    public string Write(string id, string path, string content)
    {
        var file = Path.Combine(Folder(id), path);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var existed = File.Exists(file);
        var before = existed ? File.GetLastWriteTimeUtc(file) : DateTime.MinValue;
        File.WriteAllText(file, content);
        if (existed && File.GetLastWriteTimeUtc(file) <= before)
        {
            // Coarse file-system clocks: make the edit visible the way a later save would.
            File.SetLastWriteTimeUtc(file, before.AddSeconds(1));
        }

        return file;
    }

    public DisplaySources Sources(string? storefrontTheme = null, string? adminTheme = null)
    {
        var all = _sources.Select(s => new DisplaySource(s.Id, ModuleFiles.Create(typeof(DisplayFixture).Assembly, Folder(s.Id)), s.IsTheme, s.BaseTheme, s.Id)).ToList();
        return new DisplaySources(all.Where(s => s.IsTheme), all.Where(s => !s.IsTheme), storefrontTheme, adminTheme);
    }

    public LiquidDisplay Display(string? storefrontTheme = null, string? adminTheme = null, string tenant = "Default")
    {
        var sources = Sources(storefrontTheme, adminTheme);
        return new LiquidDisplay(sources, new StringTables(sources, watchFiles: true), Settings, new TenantInfo(tenant, null, null), Cache);
    }

    public static Task<string> RenderAsync(
        LiquidDisplay display,
        string template,
        object? model = null,
        string culture = "en",
        PageAudience audience = PageAudience.Storefront,
        bool withLayout = false,
        IReadOnlyList<ZoneShape>? shapes = null,
        string? title = null)
        => display.RenderAsync(new PageRequest(template, model, new PageOptions(title, audience), CultureInfo.GetCultureInfo(culture), "/tea", "/", "n0nce", withLayout, shapes));

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private string Folder(string id) => Path.Combine(_root, id);
}
