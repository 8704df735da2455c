using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Commerce.Web.Tests.Infrastructure;
using static Commerce.Web.Tests.Onboarding.Onboarding;

namespace Commerce.Web.Tests.Onboarding;

/// <summary>A guided application through HTTP: steps saved one by one, submission, review, a round of changes, approval.</summary>
public sealed class GuidedFlowTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_applicant_fills_the_steps_is_sent_back_once_fixes_the_flagged_field_and_is_approved(string provider)
    {
        await using var store = TestStore.Create(provider);
        await using var host = new TestHost(store);
        var admin = host.Admin();
        await UseShortStepsAsync(admin);
        var applicant = await ApplicantAsync(host);
        var auditor = await AuditorAsync(host);

        var application = await StartAsync(applicant);
        Assert.Equal(("Guided", "Draft", 1), (application.GetProperty("mode").GetString(), Status(application), Version(application)));
        Assert.Equal(["company.address", "company.creditCode", "company.legalName", "company.region", "company.representative", "shop.categories", "shop.name", "shop.terms", "shop.type"], MissingKeys(application).Order(StringComparer.Ordinal));
        Assert.Equal(["company", "shop", "review"], application.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("key").GetString()));

        application = await SaveStepOkAsync(applicant, application, "company", new { legalName = "Acme Foods", creditCode = "91350100M000100Y43", region = "310000", representative = "Zhang San", address = "1 Nanjing Road, Shanghai" });
        Assert.Equal(2, Version(application));
        var company = application.GetProperty("steps")[0];
        Assert.True(company.GetProperty("saved").GetBoolean());
        Assert.True(company.GetProperty("complete").GetBoolean());
        Assert.Equal(["Acme Foods"], company.GetProperty("fields")[0].GetProperty("values").EnumerateArray().Select(v => v.GetString()));

        // Leaving and coming back: the application is there, as saved.
        var mine = await GetAsync(applicant, "api/onboarding/applications/mine");
        Assert.Equal((Id(application), 2), (Id(mine), Version(mine)));

        var incomplete = await applicant.PostAsJsonAsync($"api/onboarding/applications/{Id(application)}/submit", new { version = 2 });
        Assert.Equal(HttpStatusCode.BadRequest, incomplete.StatusCode);
        var problem = await incomplete.ProblemAsync();
        Assert.Equal("urn:commerce:problem:incomplete", problem.Type);
        Assert.Equal(["shop.categories", "shop.name", "shop.terms", "shop.type"], problem.Fields.Order(StringComparer.Ordinal));

        application = await SaveStepOkAsync(applicant, application, "shop", new { name = "Acme Shop", type = "flagship", categories = new[] { "food", "tea" }, terms = true });
        Assert.Empty(MissingKeys(application));
        application = await SubmitAsync(applicant, application);
        Assert.Equal("Submitted", Status(application));

        var queue = await GetAsync(auditor, "api/onboarding/audit");
        var line = Assert.Single(queue.GetProperty("items").EnumerateArray());
        Assert.Equal(("Acme Foods", "food", "310000"), (line.GetProperty("name").GetString(), line.GetProperty("industry").GetString(), line.GetProperty("region").GetString()));

        var reviewed = await ReviewAsync(auditor, application);
        Assert.Equal("UnderReview", Status(reviewed));
        reviewed = await VerdictAsync(auditor, reviewed, "company.legalName", false, "Does not match the licence");
        reviewed = await VerdictAsync(auditor, reviewed, "company.creditCode", true);
        reviewed = await PostOkAsync(auditor, $"api/onboarding/audit/{Id(reviewed)}/request-changes", new { version = Version(reviewed), reason = "Fix the company name" });
        Assert.Equal("ChangesRequested", Status(reviewed));

        application = await GetAsync(applicant, $"api/onboarding/applications/{Id(application)}");
        var flagged = Assert.Single(application.GetProperty("flagged").EnumerateArray());
        Assert.Equal(("company.legalName", "Does not match the licence"), (flagged.GetProperty("itemKey").GetString(), flagged.GetProperty("reason").GetString()));
        Assert.Equal("Does not match the licence", application.GetProperty("steps")[0].GetProperty("fields")[0].GetProperty("flagged").GetString());

        var unflagged = await SaveStepAsync(applicant, application, "company", new { creditCode = "91310000MA1FL8XQ37" });
        Assert.Equal(HttpStatusCode.Conflict, unflagged.StatusCode);
        Assert.Equal("urn:commerce:problem:not-editable", (await unflagged.ProblemAsync()).Type);

        application = await SaveStepOkAsync(applicant, application, "company", new { legalName = "Acme Foods Co., Ltd." });
        application = await SubmitAsync(applicant, application);
        reviewed = await ReviewAsync(auditor, application);
        reviewed = await VerdictAsync(auditor, reviewed, "company.legalName", true);
        var approved = await PostOkAsync(auditor, $"api/onboarding/audit/{Id(reviewed)}/approve", new { version = Version(reviewed), reason = "Welcome" });
        Assert.Equal("Approved", Status(approved));
        var merchantId = approved.GetProperty("merchantId").GetString();
        Assert.NotNull(merchantId);
        var merchant = await GetAsync(admin, $"api/merchants/{merchantId}");
        Assert.Contains("Acme Foods Co., Ltd.", merchant.GetRawText());
        Assert.Contains("Acme Shop", merchant.GetRawText());

        application = await GetAsync(applicant, "api/onboarding/applications/mine");
        Assert.Equal(
            ["Draft->Submitted", "Submitted->UnderReview", "UnderReview->ChangesRequested", "ChangesRequested->Submitted", "Submitted->UnderReview", "UnderReview->Approved"],
            Timeline(application));
        var requestChanges = application.GetProperty("timeline")[2];
        Assert.Equal("Fix the company name", requestChanges.GetProperty("reason").GetString());
        var auditorId = (await (await auditor.GetAsync("api/identity/me")).ReadAsync<JsonElement>()).GetProperty("id").GetString();
        Assert.Equal(auditorId, requestChanges.GetProperty("byUserId").GetString());
        Assert.Empty(application.GetProperty("actions").EnumerateArray());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_save_based_on_an_old_version_is_refused_with_the_current_state(string provider)
    {
        await using var store = TestStore.Create(provider);
        await using var host = new TestHost(store);
        await UseShortStepsAsync(host.Admin());
        var applicant = await ApplicantAsync(host);
        var first = await StartAsync(applicant);
        await SaveStepOkAsync(applicant, first, "company", new { legalName = "From the first tab" });

        var stale = await SaveStepAsync(applicant, first, "company", new { legalName = "From the second tab" });

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var problem = await stale.ReadAsync<JsonElement>();
        Assert.Equal("urn:commerce:problem:conflict", problem.GetProperty("type").GetString());
        Assert.Equal("urn:commerce:problem:concurrency-conflict", problem.GetProperty("legacyType").GetString());
        var current = problem.GetProperty("current");
        Assert.Equal(2, Version(current));
        Assert.Equal("From the first tab", current.GetProperty("steps")[0].GetProperty("fields")[0].GetProperty("values")[0].GetString());
    }
}
