namespace Commerce.Qualifications.Domain;

/// <summary>What a requirement set means for trading: the categories a merchant may not sell in.</summary>
internal static class Restrictions
{
    /// <summary>The categories needing a past-due requirement, sorted, without repeats; empty when nothing is past due.</summary>
    public static IReadOnlyList<string> RestrictedCategories(RequirementSet set)
        => [.. set.Items
            .Where(i => i.State == RequirementState.PastDue)
            .SelectMany(i => i.Categories)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];

    /// <summary>The requirement keys behind the restriction, for the reason shown with it.</summary>
    public static IReadOnlyList<string> PastDueKeys(RequirementSet set)
        => [.. set.Items.Where(i => i.State == RequirementState.PastDue).Select(i => i.Key).Order(StringComparer.Ordinal)];
}
