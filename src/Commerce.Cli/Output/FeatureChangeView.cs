namespace Commerce.Cli.Output;

/// <summary>What a feature command changed in a tenant.</summary>
public sealed record FeatureChangeView(
    string Tenant,
    IReadOnlyList<string> Enabled,
    IReadOnlyList<string> Disabled,
    IReadOnlyList<string> Hidden,
    IReadOnlyList<string> Shown);
