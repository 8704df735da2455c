namespace Commerce.Merchants.Domain;

/// <summary>A category the merchant may not trade in, who restricted it and why.</summary>
internal sealed class MerchantRestriction
{
    public Guid MerchantId { get; init; }

    public required string Category { get; init; }

    /// <summary><see cref="RestrictionSources.Admin"/> or <see cref="RestrictionSources.Qualifications"/>.</summary>
    public required string Source { get; init; }

    public required string Reason { get; init; }

    public DateTimeOffset SinceUtc { get; init; }
}

/// <summary>Who restricts a category: an admin's status change, or the qualifications module's documents check.</summary>
internal static class RestrictionSources
{
    public const string Admin = "admin";
    public const string Qualifications = "qualifications";
}
