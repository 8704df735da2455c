namespace Commerce.Shells;

/// <summary>The feature state a shell was built from. It never changes: a toggle builds a new shell.</summary>
public interface IShellFeatures
{
    /// <summary>Enabled features in dependency order (a feature after everything it depends on).</summary>
    IReadOnlyList<string> Enabled { get; }

    bool IsEnabled(string featureId);

    /// <summary>True when the feature is enabled but hidden from the storefront.</summary>
    bool IsHidden(string featureId);

    /// <summary>The feature whose startup registered <paramref name="implementationType"/>, or null for host services.</summary>
    string? FeatureOf(Type implementationType);
}
