using System.Net;
using System.Net.Http.Json;
using Commerce.Merchants;
using Commerce.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Web.Tests.Merchants;

/// <summary>Helpers for the merchants API in tests: sample companies and shops, creating merchants, running code in the tenant's shell.</summary>
public static class MerchantsClient
{
    public const string CreditCode = "91350100M000100Y43";

    /// <summary>The same code with one character changed: its check character no longer matches.</summary>
    public const string BadCreditCode = "91350100M000101Y43";

    public sealed record Merchant(Guid Id, Guid? ApplicationId, string OwnerUserId, Company Company, Shop Shop, string GradeId, string Status, string StatusReason, Restriction[] Restrictions, int Version);

    public sealed record Company(string LegalName, string CreditCode, string LegalRepresentative, string RegisteredAddress, string Region, Bank? Bank);

    public sealed record Bank(string AccountName, string BankName, string AccountNumber);

    public sealed record Shop(string Name, string Type, string? Description, string? LogoSha256, string[] Categories, string[] Brands);

    public sealed record Restriction(string Category, string Source, string Reason);

    public sealed record History(int Sequence, string Kind, string From, string To, string[] RestrictedCategories, string? Detail, string Reason, string? ActorUserId);

    public sealed record Page<T>(T[] Items, int Total, int Number, int PageSize);

    public sealed record Summary(Guid Id, string ShopName, string LegalName, string CreditCode, string ShopType, string Status, string GradeId, string Region);

    public sealed record Membership(Guid MerchantId, string ShopName, string UserId, bool IsOwner, string[] Permissions);

    public sealed record Member(string UserId, string? Email, bool IsOwner, string[] Permissions);

    public sealed record Invitation(Guid Id, string Email, string[] Permissions, string? Token);

    public sealed record ChangeRequest(Guid Id, Guid MerchantId, string? LegalName, string? CreditCode, Bank? Bank, string Status, string? ReviewNote);

    public sealed record CompanyEdit(Merchant Merchant, ChangeRequest? ChangeRequest);

    public static object CompanyJson(string creditCode = CreditCode, string legalName = "Fujian Tea Co., Ltd.", string region = "350100") => new
    {
        legalName,
        creditCode,
        legalRepresentative = "Lin Wei",
        registeredAddress = "1 Tea Road, Fuzhou",
        region,
        bank = new { accountName = legalName, bankName = "Bank of Fuzhou", accountNumber = "6222020200112233" },
    };

    public static object ShopJson(string name = "Wuyi Tea House", string type = "flagship", params string[] categories) => new
    {
        name,
        type,
        description = "Rock tea from the Wuyi mountains.",
        categories = categories.Length > 0 ? categories : ["tea", "teaware"],
        brands = new[] { "Wuyi" },
    };

    /// <summary>Creates a pending merchant through the admin API, owned by the existing user with <paramref name="ownerEmail"/>.</summary>
    public static async Task<Merchant> CreateMerchantAsync(this HttpClient admin, string ownerEmail, string shopName = "Wuyi Tea House", string region = "350100", string? gradeId = null)
    {
        var response = await admin.PostAsJsonAsync("/api/merchants", new { ownerEmail, company = CompanyJson(region: region), shop = ShopJson(shopName), gradeId });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync<Merchant>();
    }

    public static async Task<Merchant> GetMerchantAsync(this HttpClient client, Guid id)
    {
        var response = await client.GetAsync($"/api/merchants/{id}");
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync<Merchant>();
    }

    public static Task<HttpResponseMessage> ChangeStatusAsync(this HttpClient admin, Guid id, string status, string? reason, int version, params string[] categories)
        => admin.PostAsJsonAsync($"/api/merchants/{id}/status", new { status, reason, categories, version });

    /// <summary>Registers a merchant the way onboarding does on approval: through <see cref="IMerchantRegistry"/> in the tenant's shell.</summary>
    public static Task<MerchantInfo> RegisterAsync(this TestHost host, Guid applicationId, string ownerUserId, string shopName = "Wuyi Tea House", string? gradeId = null)
        => host.InShellAsync(services => services.GetRequiredService<IMerchantRegistry>().RegisterAsync(
            new MerchantRegistration(
                applicationId,
                ownerUserId,
                new CompanyDetails("Fujian Tea Co., Ltd.", CreditCode, "Lin Wei", "1 Tea Road, Fuzhou", "350100", new BankAccount("Fujian Tea Co., Ltd.", "Bank of Fuzhou", "6222020200112233")),
                new ShopDetails(shopName, ShopType.Flagship, "Rock tea.", null, ["tea", "teaware"], ["Wuyi"]),
                gradeId)));
}
