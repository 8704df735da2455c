using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Commerce.Web.Tests.Infrastructure;

namespace Commerce.Web.Tests.Onboarding;

/// <summary>Helpers for the onboarding API in tests: people with roles, the application's JSON, a short guided recipe.</summary>
public static class Onboarding
{
    /// <summary>A client signed in (cookie) as a new user holding <paramref name="roles"/>.</summary>
    public static async Task<HttpClient> SignedInAsync(TestHost host, string userName, params string[] roles)
    {
        await host.Admin().CreateUserAsync(userName, roles);
        var client = host.CreateClient();
        var signedIn = await client.SignInAsync(userName);
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        return client;
    }

    public static Task<HttpClient> ApplicantAsync(TestHost host, string userName = "applicant") => SignedInAsync(host, userName, "Applicant");

    public static Task<HttpClient> AuditorAsync(TestHost host, string userName = "auditor") => SignedInAsync(host, userName, "Auditor");

    /// <summary>Three short steps without files, so flows run without uploads: company, shop, review.</summary>
    public static readonly object ShortSteps = new[]
    {
        new
        {
            key = "company", title = "Company", kind = "form",
            fields = new object[]
            {
                new { key = "legalName", label = "Company name", type = "text", required = true, maxLength = 200, binding = "company.legalName" },
                new { key = "creditCode", label = "Credit code", type = "text", required = true, pattern = "[0-9A-Z]{18}", binding = "company.creditCode" },
                new { key = "region", label = "Region", type = "text", required = true, binding = "company.region" },
                new { key = "representative", label = "Legal representative", type = "text", required = true, binding = "company.legalRepresentative" },
                new { key = "address", label = "Registered address", type = "text", required = true, binding = "company.registeredAddress" },
                new { key = "staff", label = "Staff", type = "number", min = 1, max = 100000 },
                new { key = "founded", label = "Founded", type = "date" },
            },
        },
        new
        {
            key = "shop", title = "Shop", kind = "form",
            fields = new object[]
            {
                new { key = "name", label = "Shop name", type = "text", required = true, binding = "shop.name" },
                new { key = "type", label = "Shop type", type = "choice", required = true, binding = "shop.type", choices = new[] { new { value = "flagship", label = "Flagship" }, new { value = "individual", label = "Individual" } } },
                new { key = "categories", label = "Categories", type = "choice", required = true, multiple = true, binding = "shop.categories", choices = new[] { new { value = "food", label = "Food" }, new { value = "tea", label = "Tea" } } },
                new { key = "terms", label = "Terms", type = "agreement", required = true, agreementText = "I sell genuine goods." },
            },
        },
        new { key = "review", title = "Review", kind = "review", fields = Array.Empty<object>() },
    };

    /// <summary>Turns Qualifications off (the default recipe enables it): onboarding then asks for no documents.</summary>
    public static async Task WithoutQualificationsAsync(HttpClient admin)
        => Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync("api/features/Commerce.Qualifications/disable", null)).StatusCode);

    /// <summary>Without Qualifications, the short steps instead of the standard ones.</summary>
    public static async Task UseShortStepsAsync(HttpClient admin, int maxChangeRounds = 3)
    {
        await WithoutQualificationsAsync(admin);
        var steps = await (await admin.GetAsync("api/onboarding/steps")).ReadAsync<JsonElement>();
        var saved = await admin.PutAsJsonAsync("api/onboarding/steps", new { version = steps.GetProperty("version").GetInt32(), steps = ShortSteps });
        Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
        await SetSettingsAsync(admin, "Guided", maxChangeRounds, false);
    }

    public static async Task SetSettingsAsync(HttpClient admin, string mode, int maxChangeRounds, bool autoApproveIndividuals)
    {
        var settings = await (await admin.GetAsync("api/onboarding/settings")).ReadAsync<JsonElement>();
        var saved = await admin.PutAsJsonAsync("api/onboarding/settings", new { mode, maxChangeRounds, autoApproveIndividuals, version = settings.GetProperty("version").GetInt32() });
        Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
    }

    public static async Task<JsonElement> StartAsync(HttpClient applicant, string? invitation = null)
    {
        var started = await applicant.PostAsJsonAsync("api/onboarding/applications", new { invitation });
        Assert.True(started.StatusCode == HttpStatusCode.Created, await started.Content.ReadAsStringAsync());
        return await started.ReadAsync<JsonElement>();
    }

    public static async Task<HttpResponseMessage> SaveStepAsync(HttpClient applicant, JsonElement application, string step, object values)
        => await applicant.PutAsJsonAsync($"api/onboarding/applications/{Id(application)}/steps/{step}", new { version = Version(application), values });

    public static async Task<JsonElement> SaveStepOkAsync(HttpClient applicant, JsonElement application, string step, object values)
    {
        var saved = await SaveStepAsync(applicant, application, step, values);
        Assert.True(saved.StatusCode == HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
        return await saved.ReadAsync<JsonElement>();
    }

    /// <summary>Fills the short steps completely.</summary>
    public static async Task<JsonElement> FillShortStepsAsync(HttpClient applicant, JsonElement application, string company = "Acme Foods")
    {
        application = await SaveStepOkAsync(applicant, application, "company", new { legalName = company, creditCode = "91350100M000100Y43", region = "310000", representative = "Zhang San", address = "1 Nanjing Road, Shanghai", staff = 12 });
        return await SaveStepOkAsync(applicant, application, "shop", new { name = company + " Shop", type = "flagship", categories = new[] { "food" }, terms = true });
    }

    public static async Task<JsonElement> PostOkAsync(HttpClient client, string path, object body)
    {
        var response = await client.PostAsJsonAsync(path, body);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.ReadAsync<JsonElement>();
    }

    public static Task<JsonElement> SubmitAsync(HttpClient applicant, JsonElement application)
        => PostOkAsync(applicant, $"api/onboarding/applications/{Id(application)}/submit", new { version = Version(application) });

    public static Task<JsonElement> ReviewAsync(HttpClient auditor, JsonElement application)
        => PostOkAsync(auditor, $"api/onboarding/audit/{Id(application)}/review", new { version = Version(application) });

    public static Task<JsonElement> VerdictAsync(HttpClient auditor, JsonElement application, string item, bool accepted, string? reason = null)
        => PostOkAsync(auditor, $"api/onboarding/audit/{Id(application)}/verdicts", new { version = Version(application), verdicts = new[] { new { item, accepted, reason } } });

    public static async Task<JsonElement> GetAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.ReadAsync<JsonElement>();
    }

    public static string Id(JsonElement application) => application.GetProperty("id").GetString()!;

    public static int Version(JsonElement application) => application.GetProperty("version").GetInt32();

    public static string Status(JsonElement application) => application.GetProperty("status").GetString()!;

    public static string[] Timeline(JsonElement application)
        => [.. application.GetProperty("timeline").EnumerateArray().Select(t => $"{t.GetProperty("from").GetString()}->{t.GetProperty("to").GetString()}")];

    public static string[] MissingKeys(JsonElement application) => [.. application.GetProperty("missing").EnumerateObject().Select(p => p.Name)];
}
