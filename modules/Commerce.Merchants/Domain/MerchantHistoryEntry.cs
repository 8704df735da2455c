namespace Commerce.Merchants.Domain;

/// <summary>One line of a merchant's history: a status change, a restriction applied or lifted, a grade change.</summary>
internal sealed class MerchantHistoryEntry
{
    public Guid MerchantId { get; init; }

    /// <summary>1, 2, 3… per merchant: the order, even when two changes share a clock tick.</summary>
    public int Sequence { get; init; }

    public required string Kind { get; init; }

    public MerchantStatus FromStatus { get; init; }

    public MerchantStatus ToStatus { get; init; }

    /// <summary>The restricted categories after the change.</summary>
    public List<string> RestrictedCategories { get; init; } = [];

    /// <summary>What changed beyond the status, e.g. <c>standard → flagship</c> for a grade change.</summary>
    public string? Detail { get; init; }

    public required string Reason { get; init; }

    /// <summary>The user who made the change, or null for the platform (an event, a recipe).</summary>
    public string? ActorUserId { get; init; }

    public DateTimeOffset AtUtc { get; init; }
}

/// <summary>The kinds of history entries.</summary>
internal static class HistoryKinds
{
    public const string Created = "created";
    public const string Status = "status";
    public const string Restriction = "restriction";
    public const string Grade = "grade";
    public const string Company = "company";
}
