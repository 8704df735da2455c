using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Commerce.Web.Tests.Infrastructure;
using static Commerce.Web.Tests.Onboarding.Onboarding;

namespace Commerce.Web.Tests.Onboarding;

/// <summary>Every onboarding endpoint answers bad input with a clear 4xx problem naming the field, and stores nothing.</summary>
public sealed class BadInputTests
{
    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string type, params string[] fields)
    {
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        var problem = await response.ProblemAsync();
        Assert.Equal("urn:commerce:problem:" + type, problem.Type);
        foreach (var field in fields)
        {
            Assert.Contains(field, problem.Fields);
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Applicant_endpoints_refuse_bad_input_and_change_nothing(string provider)
    {
        await using var store = TestStore.Create(provider);
        await using var host = new TestHost(store);
        await UseShortStepsAsync(host.Admin());
        var applicant = await ApplicantAsync(host);

        await AssertProblemAsync(await applicant.PostAsJsonAsync("api/onboarding/applications", new { invitation = "not-a-real-invitation-token" }), HttpStatusCode.BadRequest, "invalid-invitation");
        Assert.Equal(HttpStatusCode.NotFound, (await applicant.GetAsync("api/onboarding/applications/mine")).StatusCode);
        await AssertProblemAsync(await host.Admin().PostAsJsonAsync("api/onboarding/applications", new { }), HttpStatusCode.Forbidden, "not-a-user");
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Visitor().PostAsJsonAsync("api/onboarding/applications", new { })).StatusCode);

        var application = await StartAsync(applicant);
        await AssertProblemAsync(await applicant.PostAsJsonAsync("api/onboarding/applications", new { }), HttpStatusCode.Conflict, "application-exists");
        var id = Id(application);

        await AssertProblemAsync(await SaveStepAsync(applicant, application, "nowhere", new { legalName = "x" }), HttpStatusCode.BadRequest, "validation", "step");
        await AssertProblemAsync(await SaveStepAsync(applicant, application, "review", new { legalName = "x" }), HttpStatusCode.BadRequest, "validation", "step");
        await AssertProblemAsync(
            await SaveStepAsync(applicant, application, "company", new { legalName = "Fine", creditCode = "lowercase-code", staff = 0, founded = "2021-02-29", unknown = "x", region = new { nested = true } }),
            HttpStatusCode.BadRequest, "validation", "values.region");
        await AssertProblemAsync(
            await SaveStepAsync(applicant, application, "company", new { legalName = "Fine", creditCode = "lowercase-code", staff = 0, founded = "2021-02-29", unknown = "x" }),
            HttpStatusCode.BadRequest, "validation", "values.creditCode", "values.staff", "values.founded", "values.unknown");
        await AssertProblemAsync(await SaveStepAsync(applicant, application, "company", new { legalName = new string('x', 201) }), HttpStatusCode.BadRequest, "validation", "values.legalName");
        await AssertProblemAsync(await SaveStepAsync(applicant, application, "shop", new { type = "megastore", categories = new[] { "food", "weapons" }, terms = false }), HttpStatusCode.BadRequest, "validation", "values.type", "values.categories", "values.terms");
        await AssertProblemAsync(await SaveStepAsync(applicant, application, "shop", new { name = new[] { "one", "two" } }), HttpStatusCode.BadRequest, "validation", "values.name");
        await AssertProblemAsync(await applicant.PutAsJsonAsync($"api/onboarding/applications/{id}/steps/company", new { values = new { legalName = "x" } }), HttpStatusCode.BadRequest, "validation", "version");
        await AssertProblemAsync(await applicant.PutAsJsonAsync($"api/onboarding/applications/{id}/steps/company", new { version = 1 }), HttpStatusCode.BadRequest, "validation", "values");
        Assert.Equal(HttpStatusCode.BadRequest, (await applicant.PutAsync($"api/onboarding/applications/{id}/steps/company", new StringContent("{not json", Encoding.UTF8, "application/json"))).StatusCode);

        await AssertProblemAsync(await applicant.PutAsJsonAsync($"api/onboarding/applications/{id}/documents/business-licence", new { version = 1, documentType = "business-licence", files = new[] { "ab" } }), HttpStatusCode.BadRequest, "validation", "requirementKey");
        await AssertProblemAsync(await applicant.PutAsJsonAsync($"api/onboarding/applications/{id}/documents/business-licence", new { documentType = "business-licence" }), HttpStatusCode.BadRequest, "validation", "version");

        await AssertProblemAsync(await applicant.PostAsync($"api/onboarding/applications/{id}/files", new StringContent("plain")), HttpStatusCode.BadRequest, "validation", "file");
        var script = new MultipartFormDataContent { { new ByteArrayContent("<script>alert(1)</script>"u8.ToArray()), "file", "licence.pdf" } };
        await AssertProblemAsync(await applicant.PostAsync($"api/onboarding/applications/{id}/files", script), HttpStatusCode.BadRequest, "validation", "file");

        await AssertProblemAsync(await applicant.PostAsJsonAsync($"api/onboarding/applications/{id}/submit", new { }), HttpStatusCode.BadRequest, "validation", "version");
        await AssertProblemAsync(await applicant.PostAsJsonAsync($"api/onboarding/applications/{id}/submit", new { version = 1 }), HttpStatusCode.BadRequest, "incomplete", "company.legalName");

        var other = await ApplicantAsync(host, "someone-else");
        await AssertProblemAsync(await other.GetAsync($"api/onboarding/applications/{id}"), HttpStatusCode.NotFound, "not-found");
        await AssertProblemAsync(await SaveStepAsync(other, application, "company", new { legalName = "Hijacked" }), HttpStatusCode.NotFound, "not-found");

        var unchanged = await GetAsync(applicant, $"api/onboarding/applications/{id}");
        Assert.Equal((1, "Draft"), (Version(unchanged), Status(unchanged)));
        Assert.All(unchanged.GetProperty("steps").EnumerateArray(), s => Assert.False(s.GetProperty("saved").GetBoolean()));
        Assert.Empty(unchanged.GetProperty("uploads").EnumerateArray());
        Assert.Empty(unchanged.GetProperty("timeline").EnumerateArray());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Audit_and_admin_endpoints_refuse_bad_input_and_change_nothing(string provider)
    {
        await using var store = TestStore.Create(provider);
        await using var host = new TestHost(store);
        var admin = host.Admin();
        await UseShortStepsAsync(admin);
        var applicant = await ApplicantAsync(host);
        var auditor = await AuditorAsync(host);
        var application = await SubmitAsync(applicant, await FillShortStepsAsync(applicant, await StartAsync(applicant)));
        var id = Id(application);

        Assert.Equal(HttpStatusCode.Forbidden, (await applicant.GetAsync("api/onboarding/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.GetAsync("api/onboarding/settings")).StatusCode);
        await AssertProblemAsync(await auditor.GetAsync("api/onboarding/audit?status=Nope&page=0&pageSize=1000&submittedFrom=yesterday&waitingHours=-1"),
            HttpStatusCode.BadRequest, "validation", "status", "page", "pageSize", "submittedFrom", "waitingHours");
        await AssertProblemAsync(await auditor.GetAsync($"api/onboarding/audit/{Guid.NewGuid()}"), HttpStatusCode.NotFound, "not-found");

        await AssertProblemAsync(await auditor.PostAsJsonAsync($"api/onboarding/audit/{id}/approve", new { version = Version(application) }), HttpStatusCode.Conflict, "invalid-transition");
        await AssertProblemAsync(await auditor.PostAsJsonAsync($"api/onboarding/audit/{id}/verdicts", new { version = Version(application), verdicts = new[] { new { item = "company.legalName", accepted = true } } }), HttpStatusCode.Conflict, "invalid-transition");
        await AssertProblemAsync(await auditor.PostAsJsonAsync($"api/onboarding/audit/{id}/review", new { }), HttpStatusCode.BadRequest, "validation", "version");
        var reviewed = await ReviewAsync(auditor, application);
        var version = Version(reviewed);

        await AssertProblemAsync(await auditor.PostAsJsonAsync($"api/onboarding/audit/{id}/verdicts", new { version, verdicts = new object[] { new { item = "company.nothing", accepted = false, reason = "x" }, new { item = "company.legalName" } } }),
            HttpStatusCode.BadRequest, "validation", "verdicts[1].accepted");
        await AssertProblemAsync(await auditor.PostAsJsonAsync($"api/onboarding/audit/{id}/verdicts", new { version, verdicts = new object[] { new { item = "company.nothing", accepted = false, reason = "x" } } }),
            HttpStatusCode.BadRequest, "validation", "verdicts[0].item");
        await AssertProblemAsync(await auditor.PostAsJsonAsync($"api/onboarding/audit/{id}/verdicts", new { version, verdicts = Array.Empty<object>() }), HttpStatusCode.BadRequest, "validation", "verdicts");
        await AssertProblemAsync(await auditor.PostAsJsonAsync($"api/onboarding/audit/{id}/verdicts", new { version, verdicts = new[] { new { item = "company.legalName", accepted = false } } }), HttpStatusCode.BadRequest, "reason-required", "reason");
        await AssertProblemAsync(await auditor.PostAsJsonAsync($"api/onboarding/audit/{id}/request-changes", new { version }), HttpStatusCode.BadRequest, "reason-required");
        await AssertProblemAsync(await auditor.PostAsJsonAsync($"api/onboarding/audit/{id}/reject", new { version, reason = " " }), HttpStatusCode.BadRequest, "reason-required", "reason");
        await AssertProblemAsync(await auditor.PostAsJsonAsync($"api/onboarding/audit/{id}/reject", new { version, reason = new string('x', 1001) }), HttpStatusCode.BadRequest, "validation", "reason");
        await AssertProblemAsync(await auditor.PostAsJsonAsync($"api/onboarding/audit/{id}/approve", new { version = version - 1 }), HttpStatusCode.Conflict, "conflict");
        var unchanged = await GetAsync(auditor, $"api/onboarding/audit/{id}");
        Assert.Equal((version, "UnderReview"), (Version(unchanged), Status(unchanged)));
        Assert.Empty(unchanged.GetProperty("verdicts").EnumerateArray());

        var settings = await GetAsync(admin, "api/onboarding/settings");
        await AssertProblemAsync(await admin.PutAsJsonAsync("api/onboarding/settings", new { mode = "Sometimes", maxChangeRounds = 99 }), HttpStatusCode.BadRequest, "validation", "mode", "maxChangeRounds", "version");
        await AssertProblemAsync(await admin.PutAsJsonAsync("api/onboarding/settings", new { mode = "Quick", maxChangeRounds = 1, version = Version(settings) - 1 }), HttpStatusCode.Conflict, "conflict");
        var steps = await GetAsync(admin, "api/onboarding/steps");
        await AssertProblemAsync(await admin.PutAsJsonAsync("api/onboarding/steps", new { version = Version(steps), steps = new object[] { new { key = "Bad Key", title = "", kind = "form", fields = new object[] { new { key = "x", label = "X", type = "choice" }, new { key = "y", label = "Y", type = "colour" } } } } }),
            HttpStatusCode.BadRequest, "validation", "steps[0].fields[1].type");
        await AssertProblemAsync(await admin.PutAsJsonAsync("api/onboarding/steps", new { version = Version(steps), steps = new object[] { new { key = "Bad Key", title = "", kind = "form", fields = new object[] { new { key = "x", label = "X", type = "choice" } } } } }),
            HttpStatusCode.BadRequest, "validation", "steps[0].key", "steps[0].title", "steps[0].fields[0].choices");
        await AssertProblemAsync(await admin.PutAsJsonAsync("api/onboarding/steps", new { version = Version(steps), steps = Array.Empty<object>() }), HttpStatusCode.BadRequest, "validation", "steps");
        await AssertProblemAsync(await admin.PostAsJsonAsync("api/onboarding/invitations", new { companyName = " ", email = "nobody", expiresInDays = 0 }), HttpStatusCode.BadRequest, "validation", "companyName", "email", "expiresInDays");

        Assert.Equal(settings.GetRawText(), (await GetAsync(admin, "api/onboarding/settings")).GetRawText());
        Assert.Equal(steps.GetRawText(), (await GetAsync(admin, "api/onboarding/steps")).GetRawText());
        Assert.Empty((await GetAsync(admin, "api/onboarding/invitations")).EnumerateArray());
    }

    [Fact]
    public async Task The_applicant_audit_and_admin_apis_are_in_the_openapi_document()
    {
        await using var store = TestStore.Create(Commerce.Data.DatabaseProvider.Sqlite);
        await using var host = new TestHost(store);
        var document = await GetAsync(host.Admin(), "openapi/v1.json");
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var path in new[]
        {
            "/api/onboarding/applications", "/api/onboarding/applications/{id}/steps/{step}", "/api/onboarding/applications/{id}/documents/{requirementKey}",
            "/api/onboarding/applications/{id}/files", "/api/onboarding/applications/{id}/submit", "/api/onboarding/audit", "/api/onboarding/audit/{id}/approve",
            "/api/onboarding/audit/{id}/verdicts", "/api/onboarding/steps", "/api/onboarding/settings", "/api/onboarding/invitations",
        })
        {
            Assert.Contains(path, paths);
        }

        Assert.DoesNotContain(paths, p => p.StartsWith("/apply", StringComparison.Ordinal) || p.StartsWith("/admin", StringComparison.Ordinal));
    }
}
