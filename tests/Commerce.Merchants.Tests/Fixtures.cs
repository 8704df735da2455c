using Commerce.Merchants.Domain;

namespace Commerce.Merchants.Tests;

internal static class Fixtures
{
    public static readonly DateTimeOffset Now = new(2026, 11, 27, 8, 0, 0, TimeSpan.Zero);

    public static CompanyDetails Company => new("Fujian Tea Co., Ltd.", "91350100M000100Y43", "Lin Wei", "1 Tea Road, Fuzhou", "350100", new BankAccount("Fujian Tea Co., Ltd.", "Bank of Fuzhou", "6222020200112233"));

    public static ShopDetails Shop => new("Wuyi Tea House", ShopType.Flagship, "Rock tea.", null, ["tea", "teaware"], ["Wuyi"]);

    public static MerchantGrade Grade(int maxCategories = 3, int maxStaff = 2, params string[] permissions) => new()
    {
        Id = "standard",
        Name = "Standard",
        IsDefault = true,
        MaxCategories = maxCategories,
        MaxStaff = maxStaff,
        MaxProducts = 500,
        Permissions = permissions.Length > 0 ? [.. permissions] : [.. MerchantPermissionNames.All],
        Deposit = new Money(10000m, "CNY"),
    };

    public static Merchant Merchant(MerchantStatus status = MerchantStatus.Active)
        => Domain.Merchant.Create(Guid.CreateVersion7(), null, "owner-1", Company, Shop, "standard", status, "Registered.", null, Now);
}
