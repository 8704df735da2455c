using System.Collections.Concurrent;
using Commerce.Display.Themes;
using Fluid;
using Microsoft.Extensions.FileProviders;

namespace Commerce.Display.Templates;

/// <summary>
/// Parsed templates, keyed by the file they came from (its source's file provider and path) and its stamp
/// (last write time and length). A source-folder file edited in Development has a new stamp, so the next
/// request parses it again; embedded files parse once per process. Shared by every shell.
/// </summary>
public sealed class LiquidTemplateCache
{
    private readonly ConcurrentDictionary<(IFileProvider, string), Entry> _entries = new();
    private int _parses;

    public static LiquidTemplateCache Shared { get; } = new();

    /// <summary>How many times a template was parsed; tests read it to prove the cache works.</summary>
    public int ParseCount => Volatile.Read(ref _parses);

    public IFluidTemplate GetOrParse(TemplateFile file, FluidParser parser)
    {
        var key = (file.Source.Files, file.Path);
        var stamp = (file.File.LastModified.UtcTicks, file.File.Length);
        if (_entries.TryGetValue(key, out var entry) && entry.Stamp == stamp)
        {
            return entry.Template;
        }

        string source;
        using (var reader = new StreamReader(file.File.CreateReadStream()))
        {
            source = reader.ReadToEnd();
        }

        if (!parser.TryParse(source, out var template, out var error))
        {
            throw new TemplateException($"Template '{file.Path}' of '{file.Source.Id}' does not parse: {error}");
        }

        Interlocked.Increment(ref _parses);
        _entries[key] = new Entry(stamp, template);
        return template;
    }

    private sealed record Entry((long Ticks, long Length) Stamp, IFluidTemplate Template);
}
