using Commerce.Display;

namespace Commerce.Management.Admin;

/// <summary>A feature named on a page: its id (for <c>data-feature</c>) and name (a localization key).</summary>
public sealed record FeatureLink(string Id, string Name);

/// <summary>One row of the features page, with the buttons it offers.</summary>
public sealed record FeatureRow(
    string Id,
    string Name,
    string? Description,
    IReadOnlyList<FeatureLink> Dependencies,
    bool Enabled,
    bool Hidden,
    bool AlwaysEnabled,
    bool EnabledByDependencyOnly,
    bool CanEnable,
    bool CanDisable,
    bool CanHide,
    bool CanShow);

/// <summary>The features of one category.</summary>
public sealed record FeatureGroup(string Category, IReadOnlyList<FeatureRow> Features);

/// <summary>
/// What confirming an enable or disable would do, from <c>FeatureManager.PreviewAsync</c>: the features it also
/// switches, or why it is refused and what the cascade would turn off instead.
/// </summary>
public sealed record FeatureConfirmation(
    FeatureRow Feature,
    string Action,
    IReadOnlyList<FeatureLink> AlsoEnables,
    IReadOnlyList<FeatureLink> AlsoDisables,
    string? Refusal,
    IReadOnlyList<FeatureLink> Dependents,
    IReadOnlyList<FeatureLink> CascadeDisables,
    string? Notice,
    bool CanConfirm,
    bool CanCascade,
    FormToken Antiforgery);
