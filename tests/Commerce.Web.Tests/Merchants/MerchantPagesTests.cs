using System.Net;
using Commerce.Web.Tests.Infrastructure;
using static Commerce.Web.Tests.Infrastructure.PageForms;
using static Commerce.Web.Tests.Merchants.MerchantsClient;

namespace Commerce.Web.Tests.Merchants;

/// <summary>The merchant back office for a merchant's own people, and the admin pages, as a browser without JavaScript uses them.</summary>
public sealed class MerchantPagesTests
{
    private const string AdminName = "boss";
    private const string AdminPassword = "Boss-password-1";

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_back_office_shows_the_users_own_merchant_and_refuses_anothers(string provider)
    {
        await using var store = TestStore.Create(provider);
        await using var host = new TestHost(store);
        var admin = host.Admin();
        var lin = await admin.CreateUserAsync("lin");
        var chen = await admin.CreateUserAsync("chen");
        await admin.CreateUserAsync("zhao");
        var teaHouse = await host.RegisterAsync(Guid.NewGuid(), lin.Id);
        var silkShop = await host.RegisterAsync(Guid.NewGuid(), chen.Id, "Hangzhou Silk");

        var anonymous = await Browser(host).GetAsync("/merchant");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Equal("/account/sign-in", anonymous.Headers.Location!.AbsolutePath);

        var owner = Browser(host);
        await owner.SignInWithFormAsync("lin", IdentityClient.Password);
        var page = await owner.GetStringAsync("/merchant");
        Assert.Contains($"data-merchant=\"{teaHouse.Id}\"", page);
        Assert.Contains("<dd id=\"shop-name\">Wuyi Tea House</dd>", page);
        Assert.Contains("<span class=\"state active\" id=\"merchant-status\">active</span>", page);
        Assert.Contains("<a href=\"/merchant\" aria-current=\"page\">Overview</a>", page);
        Assert.DoesNotContain("Hangzhou Silk", page);
        Assert.Equal(HttpStatusCode.Forbidden, (await owner.GetAsync($"/merchant?merchant={silkShop.Id}")).StatusCode);

        var saved = await owner.PostFormAsync("/merchant/shop", page, new() { ["merchant"] = teaHouse.Id.ToString(), ["version"] = "1", ["description"] = "Da Hong Pao, spring 2026." });
        Assert.Equal(HttpStatusCode.SeeOther, saved.StatusCode);
        Assert.Contains("<dd id=\"shop-description\">Da Hong Pao, spring 2026.</dd>", await owner.GetStringAsync("/merchant"));
        var intruder = await owner.PostFormAsync("/merchant/shop", page, new() { ["merchant"] = silkShop.Id.ToString(), ["version"] = "1", ["description"] = "Hacked" });
        Assert.Equal(HttpStatusCode.Forbidden, intruder.StatusCode);
        Assert.Equal("Rock tea.", (await admin.GetMerchantAsync(silkShop.Id)).Shop.Description);

        var nobody = Browser(host);
        await nobody.SignInWithFormAsync("zhao", IdentityClient.Password);
        Assert.Contains("id=\"no-merchant\"", await nobody.GetStringAsync("/merchant"));

        // The owner invites zhao from the back office; zhao accepts on the invitation's page and sees the shop.
        var invited = await owner.PostFormAsync("/merchant/staff/invite", page, new() { ["merchant"] = teaHouse.Id.ToString(), ["email"] = "zhao@example.test", ["permissions"] = "ManageProducts" });
        var link = System.Text.RegularExpressions.Regex.Match(await invited.Content.ReadAsStringAsync(), "id=\"invitation-link\" href=\"([^\"]+)\"").Groups[1].Value;
        Assert.StartsWith("/merchant/invitations/", link);
        var invitation = await nobody.GetStringAsync(link);
        var accepted = await nobody.PostFormAsync(link, invitation, []);
        Assert.Equal(HttpStatusCode.SeeOther, accepted.StatusCode);
        var staffView = await nobody.GetStringAsync("/merchant");
        Assert.Contains($"data-merchant=\"{teaHouse.Id}\"", staffView);
        Assert.DoesNotContain("action=\"/merchant/shop\"", staffView); // ManageProducts only: no shop form
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_owner_asks_for_company_changes_and_manages_staff_from_the_back_office(string provider)
    {
        await using var store = TestStore.Create(provider);
        await using var host = new TestHost(store);
        var admin = host.Admin();
        var lin = await admin.CreateUserAsync("lin");
        var wang = await admin.CreateUserAsync("wang");
        var merchant = await host.RegisterAsync(Guid.NewGuid(), lin.Id);
        var owner = Browser(host);
        await owner.SignInWithFormAsync("lin", IdentityClient.Password);
        var page = await owner.GetStringAsync("/merchant");
        var company = new Dictionary<string, string>
        {
            ["merchant"] = merchant.Id.ToString(), ["version"] = "1", ["legalName"] = "Fujian Tea Group Co., Ltd.", ["creditCode"] = BadCreditCode,
            ["legalRepresentative"] = "Lin Wei", ["registeredAddress"] = "8 Tea Road, Fuzhou", ["region"] = "350100",
            ["bankAccountName"] = "Fujian Tea Co., Ltd.", ["bankName"] = "Bank of Fuzhou", ["bankAccountNumber"] = "6222020200112233",
        };

        var refused = await owner.PostFormAsync("/merchant/company", page, new(company));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("<span class=\"error\" id=\"creditCode-error\">The check character of the unified social credit code does not match.</span>", await refused.Content.ReadAsStringAsync());
        company["creditCode"] = CreditCode;
        var saved = await owner.PostFormAsync("/merchant/company", page, new(company));
        Assert.Equal(HttpStatusCode.SeeOther, saved.StatusCode);
        var after = await owner.GetStringAsync(saved.Headers.Location!.OriginalString);
        Assert.Contains("the legal name, credit code and bank account change once the platform approves them", after);
        Assert.Contains("<li>Legal name: Fujian Tea Group Co., Ltd.</li>", after);
        var stored = await admin.GetMerchantAsync(merchant.Id);
        Assert.Equal(("Fujian Tea Co., Ltd.", "8 Tea Road, Fuzhou"), (stored.Company.LegalName, stored.Company.RegisteredAddress));

        await owner.PostAsync($"/api/merchants/{merchant.Id}/staff", System.Net.Http.Json.JsonContent.Create(new { email = "wang@example.test", permissions = new[] { "ViewSettlement" } }));
        page = await owner.GetStringAsync("/merchant");
        var granted = await owner.PostAsync($"/merchant/staff/{wang.Id}/permissions", Form(page, ("merchant", merchant.Id.ToString()), ("permissions", "ManageShop"), ("permissions", "ViewSettlement")));
        Assert.Equal(HttpStatusCode.SeeOther, granted.StatusCode);
        var staff = Browser(host);
        await staff.SignInWithFormAsync("wang", IdentityClient.Password);
        Assert.Contains("action=\"/merchant/shop\"", await staff.GetStringAsync("/merchant"));
        var removed = await owner.PostAsync($"/merchant/staff/{wang.Id}/remove", Form(page, ("merchant", merchant.Id.ToString())));
        Assert.Equal(HttpStatusCode.SeeOther, removed.StatusCode);
        Assert.Contains("id=\"no-merchant\"", await staff.GetStringAsync("/merchant"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Admins_filter_the_list_and_change_a_status_with_a_reason_on_the_detail_page(string provider)
    {
        await using var store = TestStore.Create(provider);
        await using var host = HostWithAdmin(store, AdminName, AdminPassword);
        var admin = host.Admin();
        await admin.CreateUserAsync("lin");
        var merchant = await admin.CreateMerchantAsync("lin@example.test");
        await admin.CreateMerchantAsync("lin@example.test", "Hangzhou Silk", "330100");
        var browser = Browser(host);
        await browser.SignInWithFormAsync(AdminName, AdminPassword);

        var list = await browser.GetStringAsync("/admin/merchants?region=350000&status=pending");
        Assert.Contains($"<a href=\"/admin/merchants/{merchant.Id}\">Wuyi Tea House</a>", list);
        Assert.DoesNotContain("Hangzhou Silk", list);
        Assert.Contains("<li><a href=\"/admin/merchants\" aria-current=\"page\">Merchants</a></li>", list);
        Assert.Contains("<dt><a href=\"/admin/merchants/change-requests\">Change requests to review</a></dt><dd>0</dd>", await browser.GetStringAsync("/admin"));

        var detail = await browser.GetStringAsync($"/admin/merchants/{merchant.Id}");
        var noReason = await browser.PostFormAsync($"/admin/merchants/{merchant.Id}/status", detail, new() { ["status"] = "active", ["reason"] = "", ["version"] = "1" });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("<span class=\"error\" id=\"reason-error\">A reason is required.</span>", await noReason.Content.ReadAsStringAsync());
        var activated = await browser.PostFormAsync($"/admin/merchants/{merchant.Id}/status", detail, new() { ["status"] = "active", ["reason"] = "Deposit received", ["version"] = "1" });
        Assert.Equal(HttpStatusCode.SeeOther, activated.StatusCode);
        var stale = await browser.PostFormAsync($"/admin/merchants/{merchant.Id}/status", detail, new() { ["status"] = "closed", ["reason"] = "Duplicate", ["version"] = "1" });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        var after = await browser.GetStringAsync($"/admin/merchants/{merchant.Id}");
        Assert.Contains("<span class=\"state active\" id=\"merchant-status\">active</span> · Deposit received", after);
        Assert.Equal("active", (await admin.GetMerchantAsync(merchant.Id)).Status);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Admins_define_grades_and_review_change_requests_on_their_pages(string provider)
    {
        await using var store = TestStore.Create(provider);
        await using var host = HostWithAdmin(store, AdminName, AdminPassword);
        var admin = host.Admin();
        var lin = await admin.CreateUserAsync("lin");
        var merchant = await host.RegisterAsync(Guid.NewGuid(), lin.Id);
        var owner = host.Visitor();
        await owner.SignInAsync("lin");
        var edit = await System.Net.Http.Json.HttpClientJsonExtensions.PutAsJsonAsync(owner, $"/api/merchants/{merchant.Id}/company", new
        {
            legalName = "Fujian Tea Group Co., Ltd.", creditCode = CreditCode, legalRepresentative = "Lin Wei", registeredAddress = "1 Tea Road, Fuzhou", region = "350100",
            bank = new { accountName = "Fujian Tea Co., Ltd.", bankName = "Bank of Fuzhou", accountNumber = "6222020200112233" }, version = 1,
        });
        var request = (await edit.ReadAsync<CompanyEdit>()).ChangeRequest!;
        var browser = Browser(host);
        await browser.SignInWithFormAsync(AdminName, AdminPassword);

        var grades = await browser.GetStringAsync("/admin/merchants/grades");
        Assert.Contains("<tr data-grade=\"standard\"><td>Standard (standard) <span class=\"state default\">Default</span>", grades);
        var bad = await browser.PostFormAsync("/admin/merchants/grades", grades, new() { ["id"] = "gold", ["name"] = "Gold", ["maxCategories"] = "0", ["maxStaff"] = "3", ["maxProducts"] = "10", ["depositAmount"] = "100", ["depositCurrency"] = "CNY" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var saved = await browser.PostFormAsync("/admin/merchants/grades", grades, new() { ["id"] = "gold", ["name"] = "Gold", ["maxCategories"] = "8", ["maxStaff"] = "3", ["maxProducts"] = "10", ["depositAmount"] = "20000.50", ["depositCurrency"] = "CNY", ["permissions"] = "ManageShop" });
        Assert.Equal(HttpStatusCode.SeeOther, saved.StatusCode);
        Assert.Contains("<td>CN¥20,000.50</td>", await browser.GetStringAsync("/admin/merchants/grades"));

        var queue = await browser.GetStringAsync("/admin/merchants/change-requests");
        Assert.Contains($"data-request=\"{request.Id}\"", queue);
        Assert.Contains("<li>Legal name: Fujian Tea Group Co., Ltd.</li>", queue);
        var approved = await browser.PostFormAsync($"/admin/merchants/change-requests/{request.Id}/approve", queue, new() { ["note"] = "Licence checked." });
        Assert.Equal(HttpStatusCode.SeeOther, approved.StatusCode);
        Assert.Equal("Fujian Tea Group Co., Ltd.", (await admin.GetMerchantAsync(merchant.Id)).Company.LegalName);
        Assert.DoesNotContain($"data-request=\"{request.Id}\"", await browser.GetStringAsync("/admin/merchants/change-requests"));
    }
}
