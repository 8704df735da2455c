namespace Commerce.Hosting.Modules;

/// <summary>A module's manifest cannot be honoured: a missing dependency, a cycle, a duplicate id. Stops start-up.</summary>
public sealed class ModuleConfigurationException(string message, string? moduleId = null, string? featureId = null)
    : Exception(message)
{
    /// <summary>The module at fault, when known.</summary>
    public string? ModuleId { get; } = moduleId;

    /// <summary>The feature at fault, when known.</summary>
    public string? FeatureId { get; } = featureId;
}
