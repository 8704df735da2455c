namespace Commerce.Merchants;

/// <summary>Shop types, as Chinese platforms name them (旗舰店, 专卖店, 专营店, 个人店).</summary>
public enum ShopType
{
    Flagship,
    Franchise,
    Specialty,
    Individual,
}

/// <summary>A merchant's standing. Restricted is per category: the merchant trades elsewhere.</summary>
public enum MerchantStatus
{
    Pending,
    Active,
    Restricted,
    Suspended,
    Closed,
}

/// <summary>Where the platform pays the merchant.</summary>
public sealed record BankAccount(string AccountName, string BankName, string AccountNumber);

/// <summary>The company behind a shop.</summary>
/// <param name="CreditCode">Unified social credit code (统一社会信用代码), 18 characters.</param>
/// <param name="Region">Administrative division code or name of the registered address, used by filters.</param>
public sealed record CompanyDetails(
    string LegalName,
    string CreditCode,
    string LegalRepresentative,
    string RegisteredAddress,
    string Region,
    BankAccount? Bank);

/// <summary>The shop shoppers see.</summary>
/// <param name="Categories">Product category codes the shop sells in.</param>
/// <param name="LogoSha256">The logo's key in the tenant file store, or null.</param>
public sealed record ShopDetails(
    string Name,
    ShopType Type,
    string? Description,
    string? LogoSha256,
    IReadOnlyList<string> Categories,
    IReadOnlyList<string> Brands);

/// <summary>What an approved application hands to the registry.</summary>
/// <param name="GradeId">The grade the auditor chose, or null for the default grade.</param>
public sealed record MerchantRegistration(
    Guid ApplicationId,
    string OwnerUserId,
    CompanyDetails Company,
    ShopDetails Shop,
    string? GradeId);

/// <summary>A merchant in brief.</summary>
public sealed record MerchantInfo(
    Guid Id,
    string ShopName,
    string LegalName,
    ShopType ShopType,
    MerchantStatus Status,
    string GradeId,
    IReadOnlyList<string> Categories,
    IReadOnlyList<string> Brands,
    IReadOnlyList<string> RestrictedCategories);

/// <summary>A named bundle of limits, permissions and a deposit.</summary>
public sealed record GradeInfo(string Id, string Name, bool IsDefault, IReadOnlyList<string> Permissions, Money Deposit)
{
    /// <summary>The deposit's amount; kept for one release, use <see cref="Deposit"/>.</summary>
    public decimal DepositAmount => Deposit.Amount;

    /// <summary>The deposit's currency code; kept for one release, use <see cref="Deposit"/>.</summary>
    public string Currency => Deposit.CurrencyCode;
}
