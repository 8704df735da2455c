using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Commerce.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Commerce.Web.Tests.Qualifications.QualificationsClient;

namespace Commerce.Web.Tests.Qualifications;

/// <summary>The daily expiry job with a moved clock: eventually due, past due with a restriction, lifted on renewal.</summary>
public sealed class QualificationsExpiryTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_expiring_licence_warns_then_restricts_its_categories_and_a_verified_renewal_lifts_the_restriction(string provider)
    {
        var clock = new TestClock();
        await using var store = TestStore.Create(provider);
        await using var host = new TestHost(store) { ConfigureTestServices = s => s.AddSingleton<TimeProvider>(clock) };
        var merchantId = Guid.NewGuid();
        var (merchant, _) = await MerchantPersonAsync(host, "shopkeeper", merchantId);
        var auditor = await SignedInAsync(host, "audrey", "Auditor");
        await SetProfileAsync(merchant, merchantId, ["toys", "apparel"]);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddHours(8));
        string Day(int offset) => today.AddDays(offset).ToString("yyyy-MM-dd");

        var uploads = new[]
        {
            await UploadAsync(merchant, merchantId, "business-licence", Pdf("licence"), number: "91350100M000100Y43", issuedOn: Day(-900)),
            await UploadAsync(merchant, merchantId, "quality-inspection-report", Pdf("report"), number: "CNAS L1234", issuedOn: Day(-30)),
            await UploadAsync(merchant, merchantId, "ccc-certificate", Pdf("ccc 2021"), number: "2021010902012345", issuedOn: Day(-1500), expiresOn: Day(40)),
        };
        foreach (var upload in uploads)
        {
            Assert.True(upload.StatusCode == HttpStatusCode.Created, await upload.Content.ReadAsStringAsync());
            var id = (await upload.ReadAsync<JsonElement>()).GetProperty("id");
            Assert.Equal(HttpStatusCode.OK, (await auditor.PostAsJsonAsync($"/api/qualifications/documents/{id}/verify", new { })).StatusCode);
        }

        Assert.All((await RequirementsAsync(merchant, merchantId)).Values, i => Assert.Equal("verified", i.GetProperty("state").GetString()));
        Assert.Contains("Qualifications.Expiry", await host.RunJobsAsync());
        Assert.DoesNotContain("Qualifications.Expiry", await host.RunJobsAsync()); // once a day

        // 11 days on, the certificate expires within 30 days: eventually due, and the merchant is told once.
        clock.Advance(TimeSpan.FromDays(11));
        Assert.Contains("Qualifications.Expiry", await host.RunJobsAsync());
        merchant = await SignInAgainAsync(host, "shopkeeper");
        auditor = await SignInAgainAsync(host, "audrey");
        var warned = await RequirementsAsync(auditor, merchantId);
        Assert.Equal("eventuallyDue", warned.State("ccc-certificate"));
        Assert.Equal("verified", warned.State("business-licence"));
        var inbox = await merchant.GetFromJsonAsync<JsonElement>("/api/notifications");
        var notices = inbox.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("subject").GetString()!).ToList();
        Assert.Equal(["Expiring soon: Compulsory product certificate (CCC)"], notices);
        Assert.Equal("/merchant/qualifications", inbox.GetProperty("items")[0].GetProperty("link").GetString());

        // Past its expiry the certificate is past due and the toys category, the one that needs it, is restricted.
        clock.Advance(TimeSpan.FromDays(30));
        Assert.Contains("Qualifications.Expiry", await host.RunJobsAsync());
        merchant = await SignInAgainAsync(host, "shopkeeper");
        auditor = await SignInAgainAsync(host, "audrey");
        var restriction = await merchant.GetFromJsonAsync<JsonElement>($"/api/qualifications/merchants/{merchantId}/restriction");
        Assert.Equal(["toys"], restriction.GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
        Assert.Contains("ccc-certificate", restriction.GetProperty("reason").GetString());
        var all = await auditor.GetFromJsonAsync<JsonElement>("/api/qualifications/restrictions");
        Assert.Contains(all.EnumerateArray(), r => r.GetProperty("merchantId").GetGuid() == merchantId);
        Assert.Equal("pastDue", (await RequirementsAsync(merchant, merchantId)).State("ccc-certificate"));
        inbox = await merchant.GetFromJsonAsync<JsonElement>("/api/notifications");
        Assert.Contains(inbox.GetProperty("items").EnumerateArray(), i => i.GetProperty("subject").GetString() == "Past due, categories restricted: Compulsory product certificate (CCC)");

        // A renewal awaiting verification does not lift it; its verification does.
        var renewal = await UploadAsync(merchant, merchantId, "ccc-certificate", Pdf("ccc 2026"), number: "2026010902012345", issuedOn: Day(40), expiresOn: Day(40 + 5 * 365));
        Assert.True(renewal.StatusCode == HttpStatusCode.Created, await renewal.Content.ReadAsStringAsync());
        Assert.Equal("pastDue", (await RequirementsAsync(merchant, merchantId)).State("ccc-certificate"));
        Assert.Equal(HttpStatusCode.OK, (await auditor.PostAsJsonAsync($"/api/qualifications/documents/{(await renewal.ReadAsync<JsonElement>()).GetProperty("id")}/verify", new { })).StatusCode);
        restriction = await merchant.GetFromJsonAsync<JsonElement>($"/api/qualifications/merchants/{merchantId}/restriction");
        Assert.Empty(restriction.GetProperty("categories").EnumerateArray());
        var log = await auditor.GetFromJsonAsync<JsonElement>($"/api/qualifications/merchants/{merchantId}/audit-log");
        var actions = log.EnumerateArray().Select(e => e.GetProperty("action").GetString()).ToList();
        Assert.Equal(1, actions.Count(a => a == "restricted"));
        Assert.Equal("restriction-lifted", actions[0]);
    }

    private static async Task<HttpClient> SignInAgainAsync(TestHost host, string userName)
    {
        // The moved clock has outlived the sign-in cookie.
        var client = host.Visitor();
        Assert.Equal(HttpStatusCode.OK, (await client.SignInAsync(userName)).StatusCode);
        return client;
    }
}
