using Microsoft.Extensions.FileProviders;

namespace Commerce.Display.Themes;

/// <summary>A template found by the lookup: where it came from and its file.</summary>
public sealed record TemplateFile(DisplaySource Source, string Path, IFileInfo File);
