namespace Commerce.Modules;

/// <summary>
/// Binds a <see cref="ModuleStartup"/> to a feature. A startup without it belongs to the feature whose id is
/// the module id.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ForFeatureAttribute(string featureId) : Attribute
{
    public string FeatureId { get; } = featureId;
}
