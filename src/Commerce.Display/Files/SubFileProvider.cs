using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace Commerce.Display.Files;

/// <summary>The files under <paramref name="folder"/> of another provider, e.g. a theme's <c>wwwroot</c>.</summary>
internal sealed class SubFileProvider(IFileProvider inner, string folder) : IFileProvider
{
    public IFileInfo GetFileInfo(string subpath) => inner.GetFileInfo(folder + "/" + subpath.TrimStart('/'));

    public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;
}
