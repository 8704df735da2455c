using System.Security.Claims;

namespace Commerce.Security;

/// <summary>How a signed-in user's merchant memberships appear in its principal.</summary>
public static class MerchantClaims
{
    /// <summary>One claim per merchant the user belongs to; the value is the merchant id.</summary>
    public const string MerchantId = "commerce:merchant";

    public static IReadOnlyList<Guid> MerchantsOf(ClaimsPrincipal user) =>
        [.. user.FindAll(MerchantId).Select(c => Guid.TryParse(c.Value, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty)];

    public static bool IsMemberOf(ClaimsPrincipal user, Guid merchantId) =>
        user.FindAll(MerchantId).Any(c => Guid.TryParse(c.Value, out var id) && id == merchantId);
}
