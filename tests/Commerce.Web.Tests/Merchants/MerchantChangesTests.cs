using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Commerce.Web.Tests.Infrastructure;
using static Commerce.Web.Tests.Merchants.MerchantsClient;

namespace Commerce.Web.Tests.Merchants;

/// <summary>Reviewed company changes, optimistic concurrency, bad input, who may see what, the list's filters and the logo.</summary>
public sealed class MerchantChangesTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_merchants_own_legal_name_and_bank_edits_wait_for_review_while_other_edits_apply_at_once(string provider)
    {
        await using var store = TestStore.Create(provider);
        await using var host = new TestHost(store);
        var admin = host.Admin();
        var lin = await admin.CreateUserAsync("lin");
        var merchant = await host.RegisterAsync(Guid.NewGuid(), lin.Id);
        var owner = host.Visitor();
        await owner.SignInAsync("lin");
        var before = await owner.GetMerchantAsync(merchant.Id);

        var edit = await owner.PutAsJsonAsync($"/api/merchants/{merchant.Id}/company", new
        {
            legalName = "Fujian Tea Group Co., Ltd.", creditCode = CreditCode, legalRepresentative = "Lin Wei", registeredAddress = "8 Tea Road, Fuzhou", region = "350100",
            bank = new { accountName = "Fujian Tea Group Co., Ltd.", bankName = "Bank of Fuzhou", accountNumber = "6222999988887777" },
            version = before.Version,
        });
        Assert.Equal(HttpStatusCode.Accepted, edit.StatusCode);
        var result = await edit.ReadAsync<CompanyEdit>();
        Assert.Equal(("Fujian Tea Co., Ltd.", "8 Tea Road, Fuzhou", "6222020200112233"), (result.Merchant.Company.LegalName, result.Merchant.Company.RegisteredAddress, result.Merchant.Company.Bank!.AccountNumber));
        var request = result.ChangeRequest!;
        Assert.Equal(("Fujian Tea Group Co., Ltd.", null, "6222999988887777", "pending"), (request.LegalName, request.CreditCode, request.Bank!.AccountNumber, request.Status));

        var queue = await (await admin.GetAsync("/api/merchants/change-requests?status=pending")).ReadAsync<ChangeRequest[]>();
        Assert.Equal([request.Id], queue.Select(r => r.Id));
        Assert.Equal(HttpStatusCode.Forbidden, (await owner.PostAsJsonAsync($"/api/merchants/change-requests/{request.Id}/approve", new { note = "Self-approved" })).StatusCode);
        Assert.Equal(["note"], (await (await admin.PostAsJsonAsync($"/api/merchants/change-requests/{request.Id}/reject", new { note = "" })).ProblemAsync()).Fields);
        var approved = await admin.PostAsJsonAsync($"/api/merchants/change-requests/{request.Id}/approve", new { note = "Business licence checked." });
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal(["changeRequest"], (await (await admin.PostAsJsonAsync($"/api/merchants/change-requests/{request.Id}/reject", new { note = "Too late" })).ProblemAsync()).Fields);

        var after = await owner.GetMerchantAsync(merchant.Id);
        Assert.Equal(("Fujian Tea Group Co., Ltd.", "6222999988887777"), (after.Company.LegalName, after.Company.Bank!.AccountNumber));
        var log = await (await owner.GetAsync($"/api/merchants/{merchant.Id}/change-requests")).ReadAsync<ChangeRequest[]>();
        Assert.Equal([("approved", "Business licence checked.")], log.Select(r => (r.Status, r.ReviewNote)));
        var history = await (await owner.GetAsync($"/api/merchants/{merchant.Id}/history")).ReadAsync<History[]>();
        Assert.Equal(("company", "legal name, bank account"), (history[^1].Kind, history[^1].Detail));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_stale_version_answers_409_with_the_current_state_and_changes_nothing(string provider)
    {
        await using var store = TestStore.Create(provider);
        await using var host = new TestHost(store);
        var admin = host.Admin();
        await admin.CreateUserAsync("lin");
        var merchant = await admin.CreateMerchantAsync("lin@example.test");

        var first = await admin.ChangeStatusAsync(merchant.Id, "active", "Deposit received", merchant.Version);
        var second = await admin.ChangeStatusAsync(merchant.Id, "closed", "Duplicate shop", merchant.Version);
        var staleShop = await admin.PutAsJsonAsync($"/api/merchants/{merchant.Id}/shop", new { name = "Renamed", type = "flagship", categories = new[] { "tea" }, version = merchant.Version });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, staleShop.StatusCode);
        using var problem = JsonDocument.Parse(await second.Content.ReadAsStringAsync());
        Assert.Equal("urn:commerce:problem:conflict", problem.RootElement.GetProperty("type").GetString());
        Assert.Equal("urn:commerce:problem:concurrency", problem.RootElement.GetProperty("legacyType").GetString());
        var current = problem.RootElement.GetProperty("current").Deserialize<Merchant>(JsonSerializerOptions.Web)!;
        var stored = await admin.GetMerchantAsync(merchant.Id);
        Assert.Equal(("active", stored.Version), (current.Status, current.Version));
        Assert.Equal(("active", "Wuyi Tea House"), (stored.Status, stored.Shop.Name));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Of_simultaneous_changes_from_one_version_exactly_one_wins(string provider)
    {
        await using var store = TestStore.Create(provider);
        await using var host = new TestHost(store);
        var admin = host.Admin();
        await admin.CreateUserAsync("lin");
        var merchant = await admin.CreateMerchantAsync("lin@example.test");

        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            admin.PutAsJsonAsync($"/api/merchants/{merchant.Id}/shop", new { name = $"Shop {i}", type = "flagship", categories = new[] { "tea" }, version = merchant.Version })));

        Assert.Equal(1, answers.Count(a => a.StatusCode == HttpStatusCode.OK));
        Assert.Equal(5, answers.Count(a => a.StatusCode == HttpStatusCode.Conflict));
        var winner = await answers.Single(a => a.StatusCode == HttpStatusCode.OK).ReadAsync<Merchant>();
        var stored = await admin.GetMerchantAsync(merchant.Id);
        Assert.Equal((winner.Shop.Name, merchant.Version + 1), (stored.Shop.Name, stored.Version));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Bad_input_answers_400_naming_the_field_and_saves_nothing(string provider)
    {
        await using var store = TestStore.Create(provider);
        await using var host = new TestHost(store);
        var admin = host.Admin();
        await admin.CreateUserAsync("lin");

        var badCode = await admin.PostAsJsonAsync("/api/merchants", new { ownerEmail = "lin@example.test", company = CompanyJson(BadCreditCode), shop = ShopJson() });
        var badType = await admin.PostAsJsonAsync("/api/merchants", new { ownerEmail = "lin@example.test", company = CompanyJson(), shop = ShopJson(type: "megastore") });
        var noOwner = await admin.PostAsJsonAsync("/api/merchants", new { ownerEmail = "nobody@example.test", company = CompanyJson(), shop = ShopJson() });
        var tooManyCategories = await admin.PostAsJsonAsync("/api/merchants", new { ownerEmail = "lin@example.test", company = CompanyJson(), shop = ShopJson(categories: ["a", "b", "c", "d", "e", "f"]) });
        var noGrade = await admin.PostAsJsonAsync("/api/merchants", new { ownerEmail = "lin@example.test", company = CompanyJson(), shop = ShopJson(), gradeId = "platinum" });
        var badPage = await admin.GetAsync("/api/merchants?pageSize=1000&status=flying");
        var badGrade = await admin.PostAsJsonAsync("/api/merchants/grades", new { id = "Gold Grade", name = "", maxCategories = 0, depositAmount = -1m, depositCurrency = "yuan" });

        Assert.Equal(["company.creditCode"], (await badCode.ProblemAsync()).Fields);
        Assert.Equal("urn:commerce:problem:validation", (await badCode.ProblemAsync()).Type);
        Assert.Equal(["shop.type"], (await badType.ProblemAsync()).Fields);
        Assert.Equal(["ownerEmail"], (await noOwner.ProblemAsync()).Fields);
        Assert.Equal(["shop.categories"], (await tooManyCategories.ProblemAsync()).Fields);
        Assert.Equal(["gradeId"], (await noGrade.ProblemAsync()).Fields);
        Assert.Equal(["pageSize", "status"], (await badPage.ProblemAsync()).Fields.Order());
        Assert.Equal(["depositAmount", "depositCurrency", "id", "maxCategories", "name"], (await badGrade.ProblemAsync()).Fields.Order());
        Assert.Equal(0, (await (await admin.GetAsync("/api/merchants")).ReadAsync<Page<Summary>>()).Total);
        Assert.Equal(2, (await admin.GetStringAsync("/api/merchants/grades")).Split("\"id\"").Length - 1);

        var merchant = await admin.CreateMerchantAsync("lin@example.test");
        var badEdit = await admin.PutAsJsonAsync($"/api/merchants/{merchant.Id}/company", new { legalName = "", creditCode = BadCreditCode, legalRepresentative = "Lin Wei", registeredAddress = "x", region = "350100", version = merchant.Version });
        Assert.Equal(["creditCode", "legalName"], (await badEdit.ProblemAsync()).Fields.Order());
        Assert.Equal(merchant.Version, (await admin.GetMerchantAsync(merchant.Id)).Version);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Merchants_people_see_their_own_merchant_only_and_platform_roles_follow_their_grants(string provider)
    {
        await using var store = TestStore.Create(provider);
        await using var host = new TestHost(store);
        var admin = host.Admin();
        var lin = await admin.CreateUserAsync("lin");
        var chen = await admin.CreateUserAsync("chen");
        await admin.CreateUserAsync("zhao", "Auditor");
        var teaHouse = await host.RegisterAsync(Guid.NewGuid(), lin.Id);
        var silkShop = await host.RegisterAsync(Guid.NewGuid(), chen.Id, "Hangzhou Silk");
        var linClient = host.Visitor();
        await linClient.SignInAsync("lin");
        var auditor = host.Visitor();
        await auditor.SignInAsync("zhao");

        Assert.Equal(HttpStatusCode.OK, (await linClient.GetAsync($"/api/merchants/{teaHouse.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await linClient.GetAsync($"/api/merchants/{silkShop.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await linClient.GetAsync($"/api/merchants/{silkShop.Id}/history")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await linClient.GetAsync($"/api/merchants/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await linClient.GetAsync("/api/merchants")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await linClient.ChangeStatusAsync(teaHouse.Id, "suspended", "Self-suspended", 1)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Visitor().GetAsync("/api/merchants")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await auditor.GetAsync($"/api/merchants/{silkShop.Id}")).StatusCode); // ViewMerchants by default
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_list_filters_by_status_grade_region_and_name_or_code_and_pages(string provider)
    {
        await using var store = TestStore.Create(provider);
        await using var host = new TestHost(store);
        var admin = host.Admin();
        await admin.CreateUserAsync("lin");
        var fuzhou = await admin.CreateMerchantAsync("lin@example.test", "Wuyi Tea House", "350100");
        await admin.CreateMerchantAsync("lin@example.test", "Xiamen Tea Port", "350200", "flagship");
        await admin.CreateMerchantAsync("lin@example.test", "Hangzhou Silk", "330100");
        await admin.ChangeStatusAsync(fuzhou.Id, "active", "Deposit received", fuzhou.Version);

        async Task<string[]> Shops(string query) => (await (await admin.GetAsync("/api/merchants" + query)).ReadAsync<Page<Summary>>()).Items.Select(s => s.ShopName).ToArray();

        Assert.Equal(["Wuyi Tea House"], await Shops("?status=active"));
        Assert.Equal(["Xiamen Tea Port"], await Shops("?grade=flagship"));
        Assert.Equal(["Xiamen Tea Port", "Wuyi Tea House"], await Shops("?region=350000"));
        Assert.Equal(["Xiamen Tea Port"], await Shops("?q=XIAMEN"));
        Assert.Equal(3, (await Shops("?q=" + CreditCode.ToLowerInvariant())).Length);
        var page = await (await admin.GetAsync("/api/merchants?pageSize=2&page=2")).ReadAsync<Page<Summary>>();
        Assert.Equal(3, page.Total);
        Assert.Equal(["Wuyi Tea House"], page.Items.Select(i => i.ShopName));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_logo_is_an_image_judged_by_its_content(string provider)
    {
        await using var store = TestStore.Create(provider);
        await using var host = new TestHost(store);
        var admin = host.Admin();
        var lin = await admin.CreateUserAsync("lin");
        var merchant = await host.RegisterAsync(Guid.NewGuid(), lin.Id);
        var owner = host.Visitor();
        await owner.SignInAsync("lin");
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];
        byte[] pdf = [.. "%PDF-1.7 pretending to be a logo"u8];

        var refused = await owner.PutAsync($"/api/merchants/{merchant.Id}/logo", Content(pdf, "image/png"));
        var accepted = await owner.PutAsync($"/api/merchants/{merchant.Id}/logo", Content(png, "image/png"));

        Assert.Equal(["logo"], (await refused.ProblemAsync()).Fields);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var logo = await host.Visitor().GetAsync($"/api/merchants/{merchant.Id}/logo");
        Assert.Equal("image/png", logo.Content.Headers.ContentType!.MediaType);
        Assert.Equal(png, await logo.Content.ReadAsByteArrayAsync());
    }

    private static ByteArrayContent Content(byte[] bytes, string type)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(type);
        return content;
    }
}
