namespace Commerce.Qualifications.Domain;

/// <summary>A rule with its document types resolved, ready for evaluation.</summary>
internal sealed class CompiledRule(RequirementRule rule, DocumentTypeInfo[] alternatives)
{
    public RequirementRule Rule { get; } = rule;

    public string Key => Rule.Key;

    public DocumentTypeInfo[] Alternatives { get; } = alternatives;

    public HashSet<string> AlternativeCodes { get; } = new(alternatives.Select(a => a.Code), StringComparer.Ordinal);

    /// <summary>When two categories need the same key through different rules, the stricter freshness wins.</summary>
    public bool IsStricterThan(CompiledRule other)
        => Rule.FreshnessMonths is { } mine && (other.Rule.FreshnessMonths is not { } theirs || mine < theirs);
}
