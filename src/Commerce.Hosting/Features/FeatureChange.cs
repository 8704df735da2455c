namespace Commerce.Hosting.Features;

/// <summary>What a caller asks to do to a tenant's features.</summary>
public enum FeatureAction
{
    Enable,
    Disable,
    Hide,
    Show,
}

/// <summary>The outcome of a feature change: what went on, off, hidden or shown; or why nothing changed.</summary>
public sealed record FeatureChangeResult(
    FeaturePlanError Error,
    string? Message,
    IReadOnlyList<string> Related,
    IReadOnlyList<string> Enabled,
    IReadOnlyList<string> Disabled,
    IReadOnlyList<string> Hidden,
    IReadOnlyList<string> Shown)
{
    public bool Succeeded => Error == FeaturePlanError.None;

    internal static FeatureChangeResult Refused(FeaturePlanError error, string message, IReadOnlyList<string> related)
        => new(error, message, related, [], [], [], []);
}
