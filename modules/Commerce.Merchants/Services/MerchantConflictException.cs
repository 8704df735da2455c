using Commerce.Problems;

namespace Commerce.Merchants.Services;

/// <summary>The caller's version of a merchant (or grade) is not the stored one: someone changed it in between.</summary>
public sealed class MerchantConflictException() : ConflictException("The record was changed by someone else; reload it and try again.")
{
    /// <inheritdoc/>
    public override string? LegacyCode => "concurrency";
}
