using System.Reflection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace Commerce.Display.Files;

/// <summary>
/// The files a module embeds under their project path (<c>Views/Home/Index.liquid</c>; see DisplayFiles.props),
/// served by that path. Only files are listed; directories are not.
/// </summary>
internal sealed class EmbeddedModuleFileProvider : IFileProvider
{
    private readonly Assembly _assembly;
    private readonly Dictionary<string, string> _resources;
    private readonly DateTimeOffset _lastModified;

    public EmbeddedModuleFileProvider(Assembly assembly)
    {
        _assembly = assembly;
        _resources = assembly.GetManifestResourceNames()
            .GroupBy(n => n.Replace('\\', '/'), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        _lastModified = !string.IsNullOrEmpty(assembly.Location) && File.Exists(assembly.Location)
            ? File.GetLastWriteTimeUtc(assembly.Location)
            : DateTimeOffset.UtcNow;
    }

    public IFileInfo GetFileInfo(string subpath)
    {
        var path = subpath.Replace('\\', '/').TrimStart('/');
        return _resources.TryGetValue(path, out var resource)
            ? new EmbeddedFile(_assembly, resource, Path.GetFileName(path), _lastModified)
            : new NotFoundFileInfo(subpath);
    }

    public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    private sealed class EmbeddedFile(Assembly assembly, string resource, string name, DateTimeOffset lastModified) : IFileInfo
    {
        private long? _length;

        public bool Exists => true;

        public long Length => _length ??= ReadLength();

        public string? PhysicalPath => null;

        public string Name => name;

        public DateTimeOffset LastModified => lastModified;

        public bool IsDirectory => false;

        public Stream CreateReadStream() => assembly.GetManifestResourceStream(resource)
            ?? throw new FileNotFoundException($"Resource '{resource}' is missing from '{assembly.GetName().Name}'.");

        private long ReadLength()
        {
            using var stream = CreateReadStream();
            return stream.Length;
        }
    }
}
