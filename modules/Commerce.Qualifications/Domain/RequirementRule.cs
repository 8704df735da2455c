namespace Commerce.Qualifications.Domain;

/// <summary>
/// One requirement of an industry, edited by admins: a document type, or one of several alternatives, owed by
/// merchants selling in the industry's categories (or by every merchant when <see cref="IndustryCode"/> is null)
/// whose answers and shop type meet the conditions.
/// </summary>
/// <remarks>
/// Rules are inherited down the industry tree; a rule with the same <see cref="Key"/> on a deeper industry replaces
/// the inherited one (imported wine's 24-month freshness replaces imported food's 12 months).
/// </remarks>
internal sealed class RequirementRule
{
    public const int KeyMaxLength = 64;

    public Guid Id { get; set; }

    /// <summary>What is owed, stable across the tree, for example <c>import-declaration</c>.</summary>
    public required string Key { get; set; }

    /// <summary>The industry it is set on; null for every merchant (the business licence).</summary>
    public string? IndustryCode { get; set; }

    /// <summary>Document type codes, any one of which satisfies the rule.</summary>
    public List<string> Alternatives { get; set; } = [];

    /// <summary>All must hold for the rule to apply.</summary>
    public List<RuleCondition> Conditions { get; set; } = [];

    /// <summary>Shop types it applies to (flagship, franchise, specialty, individual); empty for every shop type.</summary>
    public List<string> ShopTypes { get; set; } = [];

    /// <summary>When set, a document counts only while it was issued within this many months.</summary>
    public int? FreshnessMonths { get; set; }

    /// <summary>Owed once per brand the merchant sells (trademark certificate or authorization) instead of once per company.</summary>
    public bool PerBrand { get; set; }

    /// <summary>Days an existing merchant has to provide a document newly owed (a new rule, a new category) before it is past due.</summary>
    public int GraceDays { get; set; } = DefaultGraceDays;

    public int Version { get; set; }

    public const int DefaultGraceDays = 30;

    public bool Applies(IReadOnlyDictionary<string, string> answers, string shopType)
    {
        if (ShopTypes.Count > 0 && !ShopTypes.Contains(shopType, StringComparer.OrdinalIgnoreCase))
        {
            return false;
        }

        foreach (var condition in Conditions)
        {
            if (!condition.Holds(answers))
            {
                return false;
            }
        }

        return true;
    }
}
