namespace Commerce.Data.Shell;

/// <summary>An enabled feature of the tenant. A feature with no row is disabled.</summary>
public sealed class ShellFeatureRecord
{
    public required string FeatureId { get; set; }

    /// <summary>Enabled but kept out of the storefront.</summary>
    public bool Hidden { get; set; }
}
