using Commerce.Display.Themes;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace Commerce.Display.Templates;

/// <summary>
/// What Liquid's <c>{% render 'Shared/Card' %}</c> and <c>{% include %}</c> read: <c>Views/</c> through the
/// audience's lookup order, so themes override partials like any template.
/// </summary>
internal sealed class ChainFileProvider(IReadOnlyList<DisplaySource> lookup) : IFileProvider
{
    public IFileInfo GetFileInfo(string subpath)
        => DisplaySources.Find(lookup, "Views/" + subpath.Replace('\\', '/').TrimStart('/'))?.File ?? new NotFoundFileInfo(subpath);

    public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;
}
