using System.Security.Claims;

namespace Commerce.Merchants;

/// <summary>
/// Which merchant a signed-in user works for, and what it may do there. Provided by the <c>Commerce.Merchants</c>
/// feature; modules that add pages to the merchant back office (<c>/merchant/...</c>) use it to pick the merchant
/// and check a merchant-scoped permission (<see cref="MerchantPermissionNames"/>).
/// </summary>
public interface IMerchantAccess
{
    /// <summary>
    /// The user's membership in <paramref name="merchantId"/>, or in its first merchant when null; null when the
    /// user belongs to no (such) merchant.
    /// </summary>
    Task<MerchantMembership?> MembershipAsync(ClaimsPrincipal user, Guid? merchantId = null, CancellationToken cancellationToken = default);
}

/// <summary>A user's place in a merchant.</summary>
/// <param name="Permissions">What the user may do now: its own grants within what the merchant's grade allows.</param>
public sealed record MerchantMembership(Guid MerchantId, string ShopName, string UserId, bool IsOwner, IReadOnlyList<string> Permissions)
{
    public bool Has(string permission) => Permissions.Contains(permission, StringComparer.Ordinal);
}
