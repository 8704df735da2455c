using System.Net;
using System.Net.Http.Json;
using Commerce.Web.Tests.Infrastructure;
using static Commerce.Web.Tests.Onboarding.Onboarding;

namespace Commerce.Web.Tests.Onboarding;

/// <summary>Quick mode: one form, company details only for companies, automatic approval of individuals when the tenant allows it.</summary>
public sealed class QuickFlowTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_individual_seller_is_approved_on_submission_and_a_company_needs_its_details_and_an_auditor(string provider)
    {
        await using var store = TestStore.Create(provider);
        await using var host = new TestHost(store);
        var admin = host.Admin();
        await WithoutQualificationsAsync(admin);
        await SetSettingsAsync(admin, "Quick", 3, autoApproveIndividuals: true);

        var individual = await ApplicantAsync(host, "grandma");
        var application = await StartAsync(individual);
        Assert.Equal("Quick", application.GetProperty("mode").GetString());
        Assert.Equal(["quick"], application.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("key").GetString()));
        application = await SaveStepOkAsync(individual, application, "quick", new { shopName = "Grandma's Pickles", shopType = "individual", contactName = "Li Hua", contactPhone = "13800138000", categories = new[] { "food.packaged" }, legalName = "Li Hua Pickles (individual business)", creditCode = "92350100M000100Y40", registeredAddress = "3 Market Lane, Fuzhou", region = "350100", terms = true });
        Assert.Empty(MissingKeys(application));
        application = await SubmitAsync(individual, application);
        Assert.Equal("Approved", Status(application));
        var automatic = application.GetProperty("timeline")[1];
        Assert.Equal(("Submitted", "Approved", "system"), (automatic.GetProperty("from").GetString(), automatic.GetProperty("to").GetString(), automatic.GetProperty("byUserId").GetString()));
        var merchant = await GetAsync(admin, $"api/merchants/{application.GetProperty("merchantId").GetString()}");
        Assert.Contains("Grandma's Pickles", merchant.GetRawText());

        var company = await ApplicantAsync(host, "tea-company");
        application = await StartAsync(company);
        application = await SaveStepOkAsync(company, application, "quick", new { shopName = "West Lake Tea", shopType = "specialty", contactName = "Wang", contactPhone = "13900139000", categories = new[] { "apparel" }, legalName = "West Lake Textiles Ltd", creditCode = "91350100M000100Y43", registeredAddress = "9 Lake Road, Hangzhou", region = "330100", terms = true });
        Assert.Equal(["quick.businessLicence"], MissingKeys(application));
        var refused = await company.PostAsJsonAsync($"api/onboarding/applications/{Id(application)}/submit", new { version = Version(application) });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("urn:commerce:problem:incomplete", (await refused.ProblemAsync()).Type);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Switching_the_mode_changes_new_applications_only(string provider)
    {
        await using var store = TestStore.Create(provider);
        await using var host = new TestHost(store);
        var admin = host.Admin();
        await UseShortStepsAsync(admin);
        var early = await ApplicantAsync(host, "early");
        var started = await StartAsync(early);

        await SetSettingsAsync(admin, "Quick", 3, autoApproveIndividuals: false);
        var late = await StartAsync(await ApplicantAsync(host, "late"));

        var resumed = await GetAsync(early, $"api/onboarding/applications/{Id(started)}");
        Assert.Equal("Guided", resumed.GetProperty("mode").GetString());
        Assert.Equal(["company", "shop", "review"], resumed.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("key").GetString()));
        await SaveStepOkAsync(early, resumed, "company", new { legalName = "Still guided" });
        Assert.Equal("Quick", late.GetProperty("mode").GetString());
    }
}
