using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Commerce.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Commerce.Web.Tests.Onboarding.Onboarding;

namespace Commerce.Web.Tests.Onboarding;

/// <summary>The audit: two auditors at once, change rounds and their limit, the queue's filters and paging.</summary>
public sealed class AuditTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Of_two_auditors_deciding_at_once_one_wins_and_the_other_gets_409_with_the_current_state(string provider)
    {
        await using var store = TestStore.Create(provider);
        await using var host = new TestHost(store);
        await UseShortStepsAsync(host.Admin());
        var applicant = await ApplicantAsync(host);
        var application = await SubmitAsync(applicant, await FillShortStepsAsync(applicant, await StartAsync(applicant)));
        var first = await AuditorAsync(host, "first-auditor");
        var second = await AuditorAsync(host, "second-auditor");
        var reviewed = await ReviewAsync(first, application);

        var approve = first.PostAsJsonAsync($"api/onboarding/audit/{Id(reviewed)}/approve", new { version = Version(reviewed) });
        var reject = second.PostAsJsonAsync($"api/onboarding/audit/{Id(reviewed)}/reject", new { version = Version(reviewed), reason = "Not a food company" });
        var responses = await Task.WhenAll(approve, reject);

        var statuses = responses.Select(r => r.StatusCode).Order().ToArray();
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], statuses);
        var winner = await responses.Single(r => r.StatusCode == HttpStatusCode.OK).ReadAsync<JsonElement>();
        var loser = await responses.Single(r => r.StatusCode == HttpStatusCode.Conflict).ReadAsync<JsonElement>();
        Assert.Equal("urn:commerce:problem:conflict", loser.GetProperty("type").GetString());
        Assert.Equal("urn:commerce:problem:concurrency-conflict", loser.GetProperty("legacyType").GetString());
        var current = loser.GetProperty("current");
        Assert.Equal(Status(winner), Status(current));
        Assert.True(Version(current) > Version(reviewed));

        var stored = await GetAsync(first, $"api/onboarding/audit/{Id(reviewed)}");
        Assert.Equal(Status(winner), Status(stored));
        Assert.Single(Timeline(stored), t => t.EndsWith("->Approved", StringComparison.Ordinal) || t.EndsWith("->Rejected", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Changes_can_be_requested_up_to_the_tenants_limit_then_the_auditor_must_decide(string provider)
    {
        await using var store = TestStore.Create(provider);
        await using var host = new TestHost(store);
        await UseShortStepsAsync(host.Admin(), maxChangeRounds: 2);
        var applicant = await ApplicantAsync(host);
        var auditor = await AuditorAsync(host);
        var application = await SubmitAsync(applicant, await FillShortStepsAsync(applicant, await StartAsync(applicant)));

        for (var round = 1; round <= 2; round++)
        {
            var reviewed = await ReviewAsync(auditor, application);
            reviewed = await VerdictAsync(auditor, reviewed, "shop.name", false, "The name is taken");
            Assert.Contains("RequestChanges", reviewed.GetProperty("actions").EnumerateArray().Select(a => a.GetString()));
            reviewed = await PostOkAsync(auditor, $"api/onboarding/audit/{Id(reviewed)}/request-changes", new { version = Version(reviewed) });
            Assert.Equal(round, reviewed.GetProperty("changeRounds").GetInt32());
            application = await GetAsync(applicant, $"api/onboarding/applications/{Id(application)}");
            application = await SaveStepOkAsync(applicant, application, "shop", new { name = $"Acme Shop {round}" });
            application = await SubmitAsync(applicant, application);
        }

        var last = await ReviewAsync(auditor, application);
        last = await VerdictAsync(auditor, last, "shop.name", false, "Still taken");
        Assert.DoesNotContain("RequestChanges", last.GetProperty("actions").EnumerateArray().Select(a => a.GetString()));
        var refused = await auditor.PostAsJsonAsync($"api/onboarding/audit/{Id(last)}/request-changes", new { version = Version(last) });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("urn:commerce:problem:rounds-exhausted", (await refused.ProblemAsync()).Type);

        var unchanged = await GetAsync(auditor, $"api/onboarding/audit/{Id(last)}");
        Assert.Equal(("UnderReview", Version(last)), (Status(unchanged), Version(unchanged)));
        var rejected = await PostOkAsync(auditor, $"api/onboarding/audit/{Id(last)}/reject", new { version = Version(last), reason = "No usable shop name after two rounds" });
        Assert.Equal("Rejected", Status(rejected));
        Assert.Equal("No usable shop name after two rounds", rejected.GetProperty("decisionReason").GetString());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_queue_filters_by_status_industry_region_submission_and_waiting_time_and_pages(string provider)
    {
        var clock = new TestClock();
        await using var store = TestStore.Create(provider);
        await using var host = new TestHost(store) { ConfigureTestServices = s => s.AddSingleton<TimeProvider>(clock) };
        await UseShortStepsAsync(host.Admin());
        for (var i = 0; i < 3; i++)
        {
            var applicant = await ApplicantAsync(host, $"applicant-{i}");
            var application = await SaveStepOkAsync(applicant, await StartAsync(applicant), "company", new { legalName = $"Company {i}", creditCode = "91350100M000100Y43", region = i == 2 ? "440000" : "310000", representative = "Li", address = "Somewhere 1" });
            application = await SaveStepOkAsync(applicant, application, "shop", new { name = $"Shop {i}", type = "flagship", categories = new[] { i == 1 ? "tea" : "food" }, terms = true });
            await SubmitAsync(applicant, application);
            clock.Advance(TimeSpan.FromDays(1));
        }

        var auditor = await AuditorAsync(host);
        async Task<string[]> NamesAsync(string query)
            => [.. (await GetAsync(auditor, "api/onboarding/audit" + query)).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()!)];

        Assert.Equal(["Company 0", "Company 1", "Company 2"], await NamesAsync(""));
        Assert.Equal(["Company 0", "Company 2"], await NamesAsync("?industry=food"));
        Assert.Equal(["Company 2"], await NamesAsync("?region=440000"));
        Assert.Equal(["Company 0", "Company 1"], await NamesAsync("?waitingHours=36"));
        Assert.Equal(["Company 1", "Company 2"], await NamesAsync($"?submittedFrom={Uri.EscapeDataString(clock.GetUtcNow().AddDays(-2.5).ToString("O"))}"));
        Assert.Empty(await NamesAsync("?status=Approved"));
        var page = await GetAsync(auditor, "api/onboarding/audit?page=2&pageSize=2");
        Assert.Equal(3, page.GetProperty("total").GetInt32());
        Assert.Equal(["Company 2"], page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()));
        Assert.True(page.GetProperty("items")[0].GetProperty("waiting").GetString() is { Length: > 0 });
    }
}
