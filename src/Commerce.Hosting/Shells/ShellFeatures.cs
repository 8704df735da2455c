using Commerce.Shells;

namespace Commerce.Hosting.Shells;

internal sealed class ShellFeatures(ShellBlueprint blueprint, IReadOnlyDictionary<Type, string> owners) : IShellFeatures
{
    private readonly HashSet<string> _enabled = blueprint.Features.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);

    public IReadOnlyList<string> Enabled { get; } = blueprint.Features.Select(f => f.Id).ToList();

    public bool IsEnabled(string featureId) => _enabled.Contains(featureId);

    public bool IsHidden(string featureId) => blueprint.Hidden.Contains(featureId);

    public string? FeatureOf(Type implementationType)
        => owners.TryGetValue(implementationType, out var owner) ? owner
            : implementationType.IsConstructedGenericType && owners.TryGetValue(implementationType.GetGenericTypeDefinition(), out owner) ? owner
            : null;
}
