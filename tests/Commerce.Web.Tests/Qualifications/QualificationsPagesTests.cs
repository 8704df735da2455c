using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Commerce.Web.Tests.Infrastructure;
using static Commerce.Web.Tests.Qualifications.QualificationsClient;

namespace Commerce.Web.Tests.Qualifications;

/// <summary>The admin pages (rules, review queue) and the merchant's "my qualifications" page, used as a browser without JavaScript would.</summary>
public sealed partial class QualificationsPagesTests
{
    [Fact]
    public async Task An_admin_adds_a_rule_on_the_rules_page_and_an_auditor_verifies_from_the_queue()
    {
        await using var store = TestStore.Create(Commerce.Data.DatabaseProvider.Sqlite);
        await using var host = PageForms.HostWithAdmin(store, "boss", "Boss-password-1");
        var admin = PageForms.Browser(host);
        await admin.SignInWithFormAsync("boss", "Boss-password-1");

        var page = await admin.GetStringAsync("/admin/qualifications");
        Assert.Contains("<code>food.imported.wine</code>", page);
        Assert.Contains("进口货物报关单 / Customs import declaration", page);
        Assert.Contains("href=\"/admin/qualifications\"", page); // in the admin menu

        var refused = await admin.PostAsync("/admin/qualifications/rules", PageForms.Form(page, ("key", "organic-certificate"), ("industry", "food.packaged")));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("alternatives: Name at least one document type.", await refused.Content.ReadAsStringAsync());

        var added = await admin.PostAsync("/admin/qualifications/rules", PageForms.Form(page,
            ("key", "organic-certificate"), ("industry", "food.packaged"), ("alternatives", "quality-inspection-report"),
            ("conditions", "isOrganic=true"), ("freshnessMonths", "12"), ("graceDays", "15")));
        Assert.Equal(HttpStatusCode.SeeOther, added.StatusCode);
        var rules = await host.Admin().GetFromJsonAsync<JsonElement>("/api/qualifications/rules");
        var rule = rules.EnumerateArray().Single(r => r.GetProperty("key").GetString() == "organic-certificate");
        Assert.Equal("isOrganic", rule.GetProperty("conditions")[0].GetProperty("answer").GetString());
        Assert.Equal(15, rule.GetProperty("graceDays").GetInt32());

        // Editing needs the version the page showed; a stale one is refused and changes nothing.
        page = await admin.GetStringAsync("/admin/qualifications");
        (string, string)[] edit = [("key", "organic-certificate"), ("industry", "food.packaged"), ("alternatives", "quality-inspection-report"), ("conditions", "isOrganic=true"), ("graceDays", "20")];
        var stale = await admin.PostAsync($"/admin/qualifications/rules/{rule.GetProperty("id")}", PageForms.Form(page, [.. edit, ("version", "5")]));
        Assert.Equal(HttpStatusCode.BadRequest, stale.StatusCode);
        Assert.Contains("It changed meanwhile", await stale.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.SeeOther, (await admin.PostAsync($"/admin/qualifications/rules/{rule.GetProperty("id")}", PageForms.Form(page, [.. edit, ("version", "0")]))).StatusCode);
        rules = await host.Admin().GetFromJsonAsync<JsonElement>("/api/qualifications/rules");
        rule = rules.EnumerateArray().Single(r => r.GetProperty("key").GetString() == "organic-certificate");
        Assert.Equal((20, 1, JsonValueKind.Null), (rule.GetProperty("graceDays").GetInt32(), rule.GetProperty("version").GetInt32(), rule.GetProperty("freshnessMonths").ValueKind));

        var inUse = await admin.PostAsync("/admin/qualifications/document-types/quality-inspection-report/delete", PageForms.Form(page));
        Assert.Equal(HttpStatusCode.BadRequest, inUse.StatusCode);
        Assert.Contains("documents still use this document type.", await inUse.Content.ReadAsStringAsync());

        // A merchant's upload shows in the queue; the auditor verifies it there.
        var merchantId = Guid.NewGuid();
        var (merchant, _) = await MerchantPersonAsync(host, "shopkeeper", merchantId);
        await SetProfileAsync(merchant, merchantId, ["toys"]);
        var document = await (await UploadAsync(merchant, merchantId, "business-licence", Pdf("licence"), number: "91350100M000100Y43")).ReadAsync<JsonElement>();
        var queue = await admin.GetStringAsync("/admin/qualifications/review");
        Assert.Contains($"id=\"document-{document.GetProperty("id")}\"", queue);
        Assert.Contains("营业执照 / Business licence", queue);
        var verified = await admin.PostAsync($"/admin/qualifications/review/{document.GetProperty("id")}/verify", PageForms.Form(queue, ("version", "0")));
        Assert.Equal(HttpStatusCode.SeeOther, verified.StatusCode);
        Assert.Contains("No document is waiting for verification.", await admin.GetStringAsync("/admin/qualifications/review"));
        Assert.Equal("verified", (await RequirementsAsync(merchant, merchantId)).State("business-licence"));
    }

    [Fact]
    public async Task A_merchants_person_sees_what_is_due_and_uploads_from_my_qualifications()
    {
        await using var store = TestStore.Create(Commerce.Data.DatabaseProvider.Sqlite);
        await using var host = new TestHost(store);
        var merchantId = Guid.NewGuid();
        var (api, _) = await MerchantPersonAsync(host, "shopkeeper", merchantId);
        await SetProfileAsync(api, merchantId, ["food.imported.wine"]);
        var browser = PageForms.Browser(host);
        await browser.SignInWithFormAsync("shopkeeper", IdentityClient.Password);

        var page = await browser.GetStringAsync("/merchant/qualifications");
        Assert.Contains("data-key=\"liquor-licence\"", page);
        Assert.Matches("<tr class=\"state-currentlyDue\" data-key=\"import-declaration\">\\s*<td>进口货物报关单 / Customs import declaration \\(issued within 24 months\\)</td>", page);

        var form = new MultipartFormDataContent
        {
            { new StringContent(Token(page)), "__RequestVerificationToken" },
            { new StringContent("business-licence"), "documentType" },
            { new StringContent("91350100M000100Y43"), "number" },
            { new StringContent("2024-03-01"), "issuedOn" },
            { new StringContent("Fuzhou market regulation bureau"), "issuingAuthority" },
            { new ByteArrayContent(Pdf("licence")), "files", "licence.pdf" },
        };
        var uploaded = await browser.PostAsync("/merchant/qualifications/upload", form);
        Assert.Equal(HttpStatusCode.SeeOther, uploaded.StatusCode);
        var after = await browser.GetStringAsync(uploaded.Headers.Location!.OriginalString);
        Assert.Contains("Uploaded. An auditor will verify it.", after);
        Assert.Contains("<tr class=\"state-pendingVerification\" data-key=\"business-licence\">", after);

        var bad = new MultipartFormDataContent
        {
            { new StringContent(Token(after)), "__RequestVerificationToken" },
            { new StringContent("business-licence"), "documentType" },
            { new StringContent("not-a-code"), "number" },
            { new StringContent("2024-03-01"), "issuedOn" },
            { new StringContent("Fuzhou market regulation bureau"), "issuingAuthority" },
            { new ByteArrayContent(Pdf("licence")), "files", "licence.pdf" },
        };
        var refused = await browser.PostAsync("/merchant/qualifications/upload", bad);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("number: Not a valid unified social credit code", await refused.Content.ReadAsStringAsync());

        // In Chinese, states and headings come from the module's string table.
        await browser.GetAsync("/culture/zh-CN");
        var chinese = await browser.GetStringAsync("/merchant/qualifications");
        Assert.Contains("我的资质", chinese);
        Assert.Contains("<span class=\"state currentlyDue\">待提交</span>", chinese);
        Assert.Contains("<span class=\"state pendingVerification\">审核中</span>", chinese);

        // Someone who is not one of the merchant's people sees no merchant, and cannot upload for it.
        var stranger = PageForms.Browser(host);
        await host.Admin().CreateUserAsync("stranger");
        await stranger.SignInWithFormAsync("stranger", IdentityClient.Password);
        var strangerPage = await stranger.GetStringAsync("/merchant/qualifications");
        Assert.Contains("Your account does not belong to a merchant yet.", strangerPage);
        var forbidden = await stranger.PostAsync($"/merchant/qualifications/upload?merchant={merchantId}", new MultipartFormDataContent { { new StringContent(Token(strangerPage)), "__RequestVerificationToken" } });
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }

    private static string Token(string page) => WebUtility.HtmlDecode(AntiforgeryPattern().Match(page).Groups[1].Value);

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryPattern();
}
