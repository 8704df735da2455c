namespace Commerce.Hosting.Features;

/// <summary>The outcome of planning a feature change: the new set with what it adds and removes, or a refusal.</summary>
public sealed class FeaturePlan
{
    private FeaturePlan()
    {
    }

    public bool Accepted => Error == FeaturePlanError.None;

    public FeaturePlanError Error { get; private init; }

    public string? Message { get; private init; }

    /// <summary>For a refusal, the features it is about (for example the dependents that block a disable).</summary>
    public IReadOnlyList<string> Related { get; private init; } = [];

    /// <summary>The feature set after the change.</summary>
    public IReadOnlySet<string> Result { get; private init; } = new HashSet<string>();

    /// <summary>Features that go on, in dependency order.</summary>
    public IReadOnlyList<string> Enabled { get; private init; } = [];

    /// <summary>Features that go off, dependents first.</summary>
    public IReadOnlyList<string> Disabled { get; private init; } = [];

    internal static FeaturePlan Refuse(FeaturePlanError error, string message, IReadOnlyList<string> related)
        => new() { Error = error, Message = message, Related = related };

    internal static FeaturePlan Accept(FeatureGraph graph, IReadOnlySet<string> before, IReadOnlySet<string> after) => new()
    {
        Result = after,
        Enabled = graph.Order(after.Except(before)).Select(f => f.Id).ToList(),
        Disabled = graph.Order(before.Except(after)).Select(f => f.Id).Reverse().ToList(),
    };
}
