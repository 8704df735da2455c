using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Commerce.Web.Tests.Infrastructure;
using static Commerce.Web.Tests.Onboarding.Onboarding;

namespace Commerce.Web.Tests.Onboarding;

/// <summary>
/// Onboarding hidden without shutting down: no entry for newcomers, everything for those already in, the audit and
/// invitations keep working; showing restores the entry at once; disabling stops it all but keeps the data.
/// </summary>
public sealed class HiddenOnboardingTests
{
    private const string Feature = "Commerce.Onboarding";

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Hidden_onboarding_turns_away_newcomers_only_and_showing_it_restores_the_entry(string provider)
    {
        await using var store = TestStore.Create(provider);
        await using var host = new TestHost(store);
        var admin = host.Admin();
        await UseShortStepsAsync(admin);
        var visitor = host.Visitor();
        Assert.Contains("href=\"/apply\"", await visitor.GetStringAsync("/"));
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/apply")).StatusCode);

        var inProgress = await ApplicantAsync(host, "in-progress");
        var application = await SaveStepOkAsync(inProgress, await StartAsync(inProgress), "company", new { legalName = "Early Bird Foods" });
        var submitted = await ApplicantAsync(host, "submitted");
        var waiting = await SubmitAsync(submitted, await FillShortStepsAsync(submitted, await StartAsync(submitted), "Waiting Teas"));
        var newcomer = await ApplicantAsync(host, "newcomer");
        var auditor = await AuditorAsync(host);

        Assert.Equal(HttpStatusCode.OK, (await admin.ToggleAsync(Feature, "hide")).StatusCode);

        // 1. The storefront's "Open a shop" link disappears.
        Assert.DoesNotContain("href=\"/apply\"", await visitor.GetStringAsync("/"));
        // 2. The entry answers 404 to new visitors, signed in or not, and the API takes no new application.
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/apply")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await newcomer.GetAsync("/apply")).StatusCode);
        var refused = await newcomer.PostAsJsonAsync("api/onboarding/applications", new { });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("urn:commerce:problem:onboarding-closed", (await refused.ProblemAsync()).Type);
        // 3. Applicants in progress open their application, continue it and see its progress.
        var landing = await inProgress.GetAsync("/apply");
        Assert.Equal("/apply/progress", landing.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, landing.StatusCode);
        Assert.Contains("Early Bird Foods", await inProgress.GetStringAsync("/apply/steps/company"));
        application = await FillShortStepsAsync(inProgress, application, "Early Bird Foods");
        application = await SubmitAsync(inProgress, application);
        Assert.Equal("Submitted", Status(application));
        Assert.Contains("Submitted", await (await submitted.GetAsync("/apply/progress")).Content.ReadAsStringAsync());
        // 4. Auditors keep working the queue.
        var queue = await GetAsync(auditor, "api/onboarding/audit");
        Assert.Equal(2, queue.GetProperty("total").GetInt32());
        Assert.Equal("UnderReview", Status(await ReviewAsync(auditor, waiting)));
        // 5. An invitation made by an admin still lets the chosen company apply.
        var invited = await admin.PostAsJsonAsync("api/onboarding/invitations", new { companyName = "Chosen Dairy", email = "boss@dairy.example" });
        Assert.Equal(HttpStatusCode.Created, invited.StatusCode);
        var link = (await invited.ReadAsync<JsonElement>()).GetProperty("link").GetString()!;
        var invitationPage = await newcomer.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, invitationPage.StatusCode);
        Assert.Contains("Chosen Dairy", await invitationPage.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await newcomer.GetAsync("/apply/invite/not-a-real-invitation-token")).StatusCode);
        var token = link[(link.LastIndexOf('/') + 1)..];
        var invitedApplication = await StartAsync(newcomer, token);
        Assert.Equal("Draft", Status(invitedApplication));
        var reused = await (await ApplicantAsync(host, "gatecrasher")).PostAsJsonAsync("api/onboarding/applications", new { invitation = token });
        Assert.Equal("urn:commerce:problem:invalid-invitation", (await reused.ProblemAsync()).Type);

        // Showing it again restores the entry at once.
        Assert.Equal(HttpStatusCode.OK, (await admin.ToggleAsync(Feature, "show")).StatusCode);
        Assert.Contains("href=\"/apply\"", await visitor.GetStringAsync("/"));
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/apply")).StatusCode);
        await StartAsync(await ApplicantAsync(host, "after-show"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Disabling_stops_everything_and_enabling_brings_the_applications_back(string provider)
    {
        await using var store = TestStore.Create(provider);
        await using var host = new TestHost(store);
        var admin = host.Admin();
        await UseShortStepsAsync(admin);
        var applicant = await ApplicantAsync(host);
        var auditor = await AuditorAsync(host);
        var application = await SubmitAsync(applicant, await FillShortStepsAsync(applicant, await StartAsync(applicant)));

        Assert.Equal(HttpStatusCode.OK, (await admin.ToggleAsync(Feature, "disable")).StatusCode);
        Assert.DoesNotContain("href=\"/apply\"", await host.Visitor().GetStringAsync("/"));
        Assert.Equal(HttpStatusCode.NotFound, (await host.Visitor().GetAsync("/apply")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await applicant.GetAsync("/apply/progress")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await applicant.GetAsync("api/onboarding/applications/mine")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await auditor.GetAsync("api/onboarding/audit")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await admin.ToggleAsync(Feature, "enable")).StatusCode);
        var back = await GetAsync(applicant, "api/onboarding/applications/mine");
        Assert.Equal((Id(application), "Submitted"), (Id(back), Status(back)));
        Assert.Equal(["Draft->Submitted"], Timeline(back));
        Assert.Equal(1, (await GetAsync(auditor, "api/onboarding/audit")).GetProperty("total").GetInt32());
        Assert.Equal(["company", "shop", "review"], back.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("key").GetString()));
    }
}
