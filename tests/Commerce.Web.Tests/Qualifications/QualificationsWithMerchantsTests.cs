using System.Net.Http.Json;
using System.Text.Json;
using Commerce.Merchants;
using Commerce.Qualifications;
using Commerce.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Web.Tests.Qualifications;

/// <summary>
/// Qualifications beside the Merchants registry: a registered merchant's profile follows the registry's event, an
/// overdue business licence restricts the merchant in the registry, and verified documents reactivate it.
/// </summary>
public sealed class QualificationsWithMerchantsTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_registered_merchant_owes_its_documents_and_is_restricted_in_the_registry_when_they_are_overdue(string provider)
    {
        var clock = new TestClock();
        await using var store = TestStore.Create(provider);
        await using var host = new TestHost(store) { ConfigureTestServices = s => s.AddSingleton<TimeProvider>(clock) };
        var admin = host.Admin();
        var owner = await admin.CreateUserAsync("lin");
        var merchant = await host.InShellAsync(sp => sp.GetRequiredService<IMerchantRegistry>().RegisterAsync(new MerchantRegistration(
            Guid.NewGuid(),
            owner.Id,
            new CompanyDetails("Fujian Toys Co., Ltd.", "91350100M000100Y43", "Lin Wei", "1 Toy Road, Fuzhou", "350100", null),
            new ShopDetails("Wuyi Toys", ShopType.Flagship, null, null, ["toys"], ["Wuyi"]),
            null)));
        await host.DrainEventsAsync();

        var profile = await admin.GetFromJsonAsync<JsonElement>($"/api/qualifications/merchants/{merchant.Id}/profile");
        Assert.Equal(["toys"], profile.GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("flagship", profile.GetProperty("shopType").GetString());
        var due = await QualificationsClient.RequirementsAsync(admin, merchant.Id);
        Assert.Equal(["business-licence", "ccc-certificate", "quality-inspection-report", "trademark@Wuyi"], due.Keys.Order(StringComparer.Ordinal));

        // Nothing was provided within the 30 days' grace: past due, and the registry restricts the merchant.
        clock.Advance(TimeSpan.FromDays(31));
        Assert.Contains("Qualifications.Expiry", await host.RunJobsAsync());
        await host.DrainEventsAsync();
        var restricted = await admin.GetFromJsonAsync<JsonElement>($"/api/merchants/{merchant.Id}");
        Assert.Equal("restricted", restricted.GetProperty("status").GetString());
        var restriction = Assert.Single(restricted.GetProperty("restrictions").EnumerateArray());
        Assert.Equal(("toys", "qualifications"), (restriction.GetProperty("category").GetString(), restriction.GetProperty("source").GetString()));

        // Onboarding's auditor (or the review queue) verifies the documents: the restriction is lifted in the registry.
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddHours(8));
        VerifiedDocument Held(string type, string? brand = null, DateOnly? expires = null)
            => new(new DocumentDetails(type, brand, "N", today.AddMonths(-1), expires, "Authority", [$"{type}-file"], DocumentReview.Verified), clock.GetUtcNow());
        await host.InShellAsync(async sp =>
        {
            await sp.GetRequiredService<IQualificationImport>().ImportAsync(
                merchant.Id,
                new QualificationProfile(["toys"], ["Wuyi"], new Dictionary<string, string>(), "flagship"),
                [Held("business-licence"), Held("ccc-certificate", expires: today.AddYears(3)), Held("quality-inspection-report"), Held("trademark-registration-certificate", "Wuyi", today.AddYears(8))],
                owner.Id);
            return true;
        });
        await host.DrainEventsAsync();
        var lifted = await admin.GetFromJsonAsync<JsonElement>($"/api/merchants/{merchant.Id}");
        Assert.Empty(lifted.GetProperty("restrictions").EnumerateArray());
        Assert.NotEqual("restricted", lifted.GetProperty("status").GetString());
    }

    [Fact]
    public async Task With_the_merchants_feature_disabled_qualifications_keep_evaluating_and_restricting()
    {
        var clock = new TestClock();
        await using var store = TestStore.Create(Commerce.Data.DatabaseProvider.Sqlite);
        await using var host = new TestHost(store) { ConfigureTestServices = s => s.AddSingleton<TimeProvider>(clock) };
        var admin = host.Admin();
        // Onboarding depends on Merchants, so it goes too; Qualifications depends on neither.
        Assert.Equal(System.Net.HttpStatusCode.OK, (await admin.PostAsync("/api/features/Commerce.Merchants/disable?cascade=true", null)).StatusCode);
        var merchantId = Guid.NewGuid();

        await QualificationsClient.SetProfileAsync(admin, merchantId, ["electronics"]);
        Assert.Equal("currentlyDue", (await QualificationsClient.RequirementsAsync(admin, merchantId)).State("ccc-certificate"));
        clock.Advance(TimeSpan.FromDays(31));
        Assert.Contains("Qualifications.Expiry", await host.RunJobsAsync());

        var restriction = await admin.GetFromJsonAsync<JsonElement>($"/api/qualifications/merchants/{merchantId}/restriction");
        Assert.Equal(["electronics"], restriction.GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
    }
}
