using Microsoft.Extensions.Localization;

namespace Commerce.Display.Localization;

/// <summary>Hands out the shell's one <see cref="JsonStringLocalizer"/> whatever the resource type.</summary>
internal sealed class JsonStringLocalizerFactory(StringTables tables) : IStringLocalizerFactory
{
    private readonly JsonStringLocalizer _localizer = new(tables);

    public IStringLocalizer Create(Type resourceSource) => _localizer;

    public IStringLocalizer Create(string baseName, string location) => _localizer;
}
