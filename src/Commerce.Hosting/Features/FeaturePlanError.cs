namespace Commerce.Hosting.Features;

/// <summary>Why a feature change was refused. The names are stable: they appear in problem details.</summary>
public enum FeaturePlanError
{
    None,
    UnknownFeature,
    AlwaysEnabled,
    DefaultTenantOnly,
    EnabledByDependencyOnly,
    HasDependents,
    NotEnabled,
}
