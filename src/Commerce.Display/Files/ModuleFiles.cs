using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace Commerce.Display.Files;

/// <summary>
/// The display files of a module or theme assembly: its embedded <c>Views/</c>, <c>Locales/</c> and
/// <c>wwwroot/</c>, and, with source files on, the same folders in the project's source folder first.
/// </summary>
public static class ModuleFiles
{
    /// <summary>The assembly metadata key DisplayFiles.props records the project folder under.</summary>
    public const string SourcePathKey = "Commerce.SourcePath";

    private static readonly string[] Folders = ["Views/", "Locales/", "wwwroot/"];
    private static readonly ConcurrentDictionary<(Assembly, bool), IFileProvider> Providers = new();

    /// <summary>The assembly's display files; one provider per assembly and mode, shared by every shell.</summary>
    public static IFileProvider For(Assembly assembly, bool useSourceFiles)
        => Providers.GetOrAdd((assembly, useSourceFiles), key => Create(key.Item1, key.Item2));

    /// <summary>The files of a source folder, over the embedded ones; for tests and tools.</summary>
    public static IFileProvider Create(Assembly assembly, string? sourceFolder)
    {
        IFileProvider embedded = new EmbeddedModuleFileProvider(assembly);
        return sourceFolder is not null && Directory.Exists(sourceFolder)
            ? new CompositeFileProvider(new DisplayFolders(new PhysicalFileProvider(Path.GetFullPath(sourceFolder))), embedded)
            : embedded;
    }

    /// <summary>The source folder recorded at build time, or null.</summary>
    public static string? SourceFolderOf(Assembly assembly)
        => assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == SourcePathKey)?.Value;

    private static IFileProvider Create(Assembly assembly, bool useSourceFiles)
        => Create(assembly, useSourceFiles ? SourceFolderOf(assembly) : null);

    /// <summary>Keeps a source folder's other files (code, project files) out of reach.</summary>
    private sealed class DisplayFolders(IFileProvider inner) : IFileProvider
    {
        public IFileInfo GetFileInfo(string subpath)
        {
            var path = subpath.Replace('\\', '/').TrimStart('/');
            return Folders.Any(f => path.StartsWith(f, StringComparison.Ordinal)) && !path.Contains("..", StringComparison.Ordinal)
                ? inner.GetFileInfo(path)
                : new NotFoundFileInfo(subpath);
        }

        public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

        public IChangeToken Watch(string filter) => NullChangeToken.Singleton;
    }
}
