using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Commerce.Web.Tests.Infrastructure;
using Commerce.Web.Tests.Merchants;

namespace Commerce.Web.Tests;

/// <summary>
/// One problem catalogue: the host's filter answers each kind of refusal a module throws with its status and
/// <c>urn:commerce:problem:*</c> type, a renamed type still answers as <c>legacyType</c>, and a form post with an
/// expired token gets the one "form expired" page.
/// </summary>
public sealed class ProblemCatalogueTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Each_refusal_kind_answers_its_status_and_catalogue_type_with_the_old_type_alongside(string provider)
    {
        await using var store = TestStore.Create(provider);
        await using var host = new TestHost(store);
        var admin = host.Admin();
        await admin.CreateUserAsync("lin");
        await admin.CreateUserAsync("chen");
        var merchant = await admin.CreateMerchantAsync("lin@example.test");

        // A domain rule naming its field (MerchantRuleException, an InvalidInputException): 400 validation.
        var rule = await admin.PutAsJsonAsync($"/api/merchants/{merchant.Id}/grade", new { gradeId = "flagship", reason = "", version = merchant.Version });
        Assert.Equal(HttpStatusCode.BadRequest, rule.StatusCode);
        var (type, fields) = await rule.ProblemAsync();
        Assert.Equal(("urn:commerce:problem:validation", "reason"), (type, Assert.Single(fields)));

        // A stale version (MerchantConflictException): 409 conflict, the stored state, the old type kept for one release.
        Assert.Equal(HttpStatusCode.OK, (await admin.ChangeStatusAsync(merchant.Id, "active", "Deposit received", merchant.Version)).StatusCode);
        var stale = await admin.ChangeStatusAsync(merchant.Id, "closed", "Duplicate shop", merchant.Version);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var conflict = await stale.ReadAsync<JsonElement>();
        Assert.Equal("urn:commerce:problem:conflict", conflict.GetProperty("type").GetString());
        Assert.Equal("urn:commerce:problem:concurrency", conflict.GetProperty("legacyType").GetString());
        Assert.Equal(merchant.Version + 1, conflict.GetProperty("current").GetProperty("version").GetInt32());

        // Nothing by that id: 404 not-found, formerly merchant-not-found.
        var missing = await admin.GetAsync($"/api/merchants/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        var notFound = await missing.ReadAsync<JsonElement>();
        Assert.Equal("urn:commerce:problem:not-found", notFound.GetProperty("type").GetString());
        Assert.Equal("urn:commerce:problem:merchant-not-found", notFound.GetProperty("legacyType").GetString());

        // Someone else's merchant: 403 forbidden.
        var chen = host.Visitor();
        await chen.SignInAsync("chen");
        var forbidden = await chen.GetAsync($"/api/merchants/{merchant.Id}");
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal("urn:commerce:problem:forbidden", (await forbidden.ProblemAsync()).Type);
    }

    [Fact]
    public async Task Problems_the_framework_writes_by_itself_take_the_catalogue_s_types()
    {
        await using var store = TestStore.Create(Commerce.Data.DatabaseProvider.Sqlite);
        await using var host = new TestHost(store);

        var anonymous = new HttpRequestMessage(HttpMethod.Get, "/api/merchants");
        anonymous.Headers.Accept.ParseAdd("application/json");
        var unauthorized = await host.Visitor().SendAsync(anonymous);
        var notJson = await host.Admin().PostAsync("/api/merchants/grades", new StringContent("id=gold", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"));

        Assert.Equal(HttpStatusCode.Unauthorized, unauthorized.StatusCode);
        Assert.Equal("urn:commerce:problem:unauthorized", (await unauthorized.ProblemAsync()).Type);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, notJson.StatusCode);
        Assert.Equal("urn:commerce:problem:unsupported-media-type", (await notJson.ProblemAsync()).Type);
    }

    [Fact]
    public async Task A_form_posted_with_an_expired_token_gets_the_one_form_expired_page_or_its_problem()
    {
        await using var store = TestStore.Create(Commerce.Data.DatabaseProvider.Sqlite);
        await using var host = new TestHost(store);
        var browser = PageForms.Browser(host);
        var fields = new Dictionary<string, string> { ["userName"] = "boss", ["password"] = "Boss-password-1" };

        var page = new HttpRequestMessage(HttpMethod.Post, "/account/sign-in") { Content = new FormUrlEncodedContent(fields) };
        page.Headers.Accept.ParseAdd("text/html");
        page.Headers.Referrer = new Uri("http://localhost/account/sign-in?returnUrl=%2Fadmin");
        var html = await browser.SendAsync(page);
        var api = new HttpRequestMessage(HttpMethod.Post, "/account/sign-in") { Content = new FormUrlEncodedContent(fields) };
        api.Headers.Accept.ParseAdd("application/json");
        var json = await browser.SendAsync(api);

        Assert.Equal(HttpStatusCode.BadRequest, html.StatusCode);
        var body = await html.Content.ReadAsStringAsync();
        Assert.Contains("id=\"form-expired\"", body);
        Assert.Contains("<a href=\"/account/sign-in?returnUrl=%2Fadmin\">Back to the form</a>", body);
        Assert.Equal(HttpStatusCode.BadRequest, json.StatusCode);
        var problem = await json.ReadAsync<JsonElement>();
        Assert.Equal("urn:commerce:problem:form-expired", problem.GetProperty("type").GetString());
        Assert.Equal("urn:commerce:problem:antiforgery", problem.GetProperty("legacyType").GetString());
    }
}
