namespace Commerce.Merchants;

// Staged in the registry's transactional outbox with the change each describes: consumers read them from the tenant's
// event stream (Commerce.Events), at least once and in order, so a handler keys its effect by merchant and version.

/// <summary>A merchant exists: created from an approved application or by the platform.</summary>
public sealed record MerchantRegistered(Guid MerchantId, Guid ApplicationId, string OwnerUserId, IReadOnlyList<string> Categories, IReadOnlyList<string> Brands, ShopType ShopType);

/// <summary>Staged when a merchant's categories, brands or shop type change, so requirement sets can be evaluated again.</summary>
public sealed record MerchantProfileChanged(Guid MerchantId, IReadOnlyList<string> Categories, IReadOnlyList<string> Brands, ShopType ShopType);

/// <summary>Staged on every status change, with the reason given.</summary>
public sealed record MerchantStatusChanged(Guid MerchantId, MerchantStatus From, MerchantStatus To, string Reason, IReadOnlyList<string> RestrictedCategories);

/// <summary>
/// Staged with every write to a merchant that its public face depends on: shop name, description, logo, categories,
/// brands, type, company, grade, status, restrictions. Carries no copy of the merchant: a consumer reads the registry
/// (<see cref="IMerchantRegistry.FindAsync"/>) and may skip a change whose <paramref name="Version"/> it has already seen.
/// </summary>
/// <param name="MerchantId">The merchant that changed.</param>
/// <param name="Change">What changed: <c>registered</c>, <c>shop</c>, <c>logo</c>, <c>company</c>, <c>grade</c> or <c>status</c>.</param>
/// <param name="Version">The merchant's version after the change.</param>
public sealed record MerchantChanged(Guid MerchantId, string Change, int Version);
