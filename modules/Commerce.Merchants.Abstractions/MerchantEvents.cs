namespace Commerce.Merchants;

/// <summary>Published once a merchant exists (after the registry committed it).</summary>
public sealed record MerchantRegistered(Guid MerchantId, Guid ApplicationId, string OwnerUserId, IReadOnlyList<string> Categories, IReadOnlyList<string> Brands, ShopType ShopType);

/// <summary>Published when a merchant's categories, brands or shop type change, so requirement sets can be evaluated again.</summary>
public sealed record MerchantProfileChanged(Guid MerchantId, IReadOnlyList<string> Categories, IReadOnlyList<string> Brands, ShopType ShopType);

/// <summary>Published on every status change, with the reason given.</summary>
public sealed record MerchantStatusChanged(Guid MerchantId, MerchantStatus From, MerchantStatus To, string Reason, IReadOnlyList<string> RestrictedCategories);
