namespace Commerce.Merchants.Domain;

/// <summary>
/// Which status changes exist. A merchant starts pending (created by the platform) or active (registered from an
/// approved application); restricted means it trades except in some categories; closed is final.
/// </summary>
internal static class MerchantStatusMachine
{
    private static readonly Dictionary<MerchantStatus, MerchantStatus[]> Moves = new()
    {
        [MerchantStatus.Pending] = [MerchantStatus.Active, MerchantStatus.Closed],
        [MerchantStatus.Active] = [MerchantStatus.Restricted, MerchantStatus.Suspended, MerchantStatus.Closed],
        // Restricted to restricted changes which categories are restricted.
        [MerchantStatus.Restricted] = [MerchantStatus.Active, MerchantStatus.Restricted, MerchantStatus.Suspended, MerchantStatus.Closed],
        [MerchantStatus.Suspended] = [MerchantStatus.Active, MerchantStatus.Closed],
        [MerchantStatus.Closed] = [],
    };

    public static bool CanMove(MerchantStatus from, MerchantStatus to) => Moves[from].Contains(to);

    /// <summary>The statuses an admin may move a merchant to from <paramref name="from"/>.</summary>
    public static IReadOnlyList<MerchantStatus> NextFrom(MerchantStatus from) => Moves[from];

    /// <summary>Statuses in which the merchant trades (in all or some categories).</summary>
    public static bool IsTrading(MerchantStatus status) => status is MerchantStatus.Active or MerchantStatus.Restricted;
}
