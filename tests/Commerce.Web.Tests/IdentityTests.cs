using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Commerce.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Web.Tests;

/// <summary>Accounts over HTTP: sign-up, sign-in, sign-out, lockout, password reset by mail, rate limits, the setup admin, pages.</summary>
public sealed partial class IdentityTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_visitor_signs_up_signs_in_and_signs_out(string provider)
    {
        await using var store = TestStore.Create(provider);
        await using var host = new TestHost(store);
        var visitor = host.Visitor();

        var signedUp = await visitor.PostAsJsonAsync("/api/identity/sign-up", new { userName = "lin", email = "lin@example.test", password = IdentityClient.Password });
        Assert.Equal(HttpStatusCode.Created, signedUp.StatusCode);
        Assert.Equal(["Applicant"], (await signedUp.ReadAsync<IdentityClient.User>()).Roles);
        Assert.Equal(HttpStatusCode.Unauthorized, (await visitor.GetAsync("/api/identity/me")).StatusCode);

        var signedIn = await visitor.SignInAsync("lin");
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        var cookie = Assert.Single(signedIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".commerce.auth.default=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        var me = await (await visitor.GetAsync("/api/identity/me")).ReadAsync<IdentityClient.Me>();
        Assert.Equal("lin", me.Name);
        Assert.Equal(["Applicant"], me.Roles);

        Assert.Equal(HttpStatusCode.NoContent, (await visitor.PostAsync("/api/identity/sign-out", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await visitor.GetAsync("/api/identity/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await visitor.SignInAsync("lin", "Wrong-password-1")).StatusCode);
    }

    [Fact]
    public async Task Bad_sign_up_input_is_a_problem_naming_the_field()
    {
        await using var store = TestStore.Create(Commerce.Data.DatabaseProvider.Sqlite);
        await using var host = new TestHost(store);
        var visitor = host.Visitor();

        var missing = await visitor.PostAsJsonAsync("/api/identity/sign-up", new { userName = "lin", password = IdentityClient.Password });
        var weak = await visitor.PostAsJsonAsync("/api/identity/sign-up", new { userName = "lin", email = "lin@example.test", password = "short" });
        await visitor.PostAsJsonAsync("/api/identity/sign-up", new { userName = "lin", email = "lin@example.test", password = IdentityClient.Password });
        var taken = await visitor.PostAsJsonAsync("/api/identity/sign-up", new { userName = "lin", email = "other@example.test", password = IdentityClient.Password });

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        var (type, fields) = await missing.ProblemAsync();
        Assert.Equal("urn:commerce:problem:validation", type);
        Assert.Equal(["email"], fields);
        Assert.Equal(["password"], (await weak.ProblemAsync()).Fields);
        Assert.Equal(["userName"], (await taken.ProblemAsync()).Fields);
    }

    [Fact]
    public async Task Repeated_wrong_passwords_lock_the_account_until_an_admin_unlocks_it()
    {
        await using var store = TestStore.Create(Commerce.Data.DatabaseProvider.Sqlite);
        await using var host = new TestHost(store);
        var admin = host.Admin();
        var user = await admin.CreateUserAsync("wei", "MerchantOwner");
        var visitor = host.Visitor();

        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await visitor.SignInAsync("wei", "Wrong-password-1")).StatusCode);
        }

        // The fifth failure locks the account; from then on even the right password is refused.
        Assert.Equal(HttpStatusCode.Forbidden, (await visitor.SignInAsync("wei", "Wrong-password-1")).StatusCode);
        var locked = await visitor.SignInAsync("wei");
        Assert.Equal(HttpStatusCode.Forbidden, locked.StatusCode);
        Assert.Equal("urn:commerce:problem:locked-out", (await locked.ProblemAsync()).Type);

        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/identity/users/{user.Id}/unlock", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await visitor.SignInAsync("wei")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_password_reset_link_from_the_pickup_folder_works_once(string provider)
    {
        await using var store = TestStore.Create(provider);
        await using var host = new TestHost(store);
        var user = await host.Admin().CreateUserAsync("mei", "Finance");
        var visitor = host.Visitor();

        Assert.Equal(HttpStatusCode.Accepted, (await visitor.PostAsJsonAsync("/api/identity/password-reset", new { userName = "mei@example.test" })).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await visitor.PostAsJsonAsync("/api/identity/password-reset", new { userName = "nobody" })).StatusCode);

        var mail = Assert.Single(Directory.GetFiles(Path.Combine(store.DataPath, "Sites", "Default", "mail"), "*.eml"));
        var text = await File.ReadAllTextAsync(mail);
        Assert.Contains("To: mei@example.test", text);
        var link = new Uri(LinkPattern().Match(text).Value);
        Assert.Equal("/account/reset-password", link.AbsolutePath);
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(link.Query);
        Assert.Equal(user.Id, query["user"].ToString());

        var reset = await visitor.PostAsJsonAsync("/api/identity/password-reset/confirm", new { userId = user.Id, token = query["token"].ToString(), newPassword = "New-password-7" });
        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await visitor.SignInAsync("mei", "New-password-7")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await visitor.SignInAsync("mei")).StatusCode);

        var again = await visitor.PostAsJsonAsync("/api/identity/password-reset/confirm", new { userId = user.Id, token = query["token"].ToString(), newPassword = "Third-password-9" });
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Equal(["token"], (await again.ProblemAsync()).Fields);
    }

    [Fact]
    public async Task Sign_in_and_sign_up_are_rate_limited_with_a_problem()
    {
        await using var store = TestStore.Create(Commerce.Data.DatabaseProvider.Sqlite);
        await using var host = new TestHost(store, new Dictionary<string, string?>
        {
            ["Commerce:Identity:SignInPermitsPerMinute"] = "3",
            ["Commerce:Identity:SignUpPermitsPerMinute"] = "1",
        });
        var visitor = host.Visitor();

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await visitor.SignInAsync("ghost", "Wrong-password-1")).StatusCode);
        }

        var limited = await visitor.SignInAsync("ghost", "Wrong-password-1");
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("urn:commerce:problem:rate-limited", (await limited.ProblemAsync()).Type);

        Assert.Equal(HttpStatusCode.Created, (await visitor.PostAsJsonAsync("/api/identity/sign-up", new { userName = "a1", email = "a1@example.test", password = IdentityClient.Password })).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await visitor.PostAsJsonAsync("/api/identity/sign-up", new { userName = "a2", email = "a2@example.test", password = IdentityClient.Password })).StatusCode);
    }

    [Fact]
    public async Task The_setup_recipe_creates_the_configured_administrator_who_signs_in_on_the_pages()
    {
        await using var store = TestStore.Create(Commerce.Data.DatabaseProvider.Sqlite);
        await using var host = new TestHost(store, new Dictionary<string, string?>
        {
            ["Commerce:Setup:AdminUserName"] = "boss",
            ["Commerce:Setup:AdminPassword"] = "Boss-password-1",
        });
        var browser = host.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var challenged = await browser.GetAsync("/admin/users");
        Assert.Equal(HttpStatusCode.Redirect, challenged.StatusCode);
        Assert.StartsWith("http://localhost/account/sign-in?ReturnUrl=%2Fadmin%2Fusers", challenged.Headers.Location!.ToString());

        var page = await browser.GetStringAsync("/account/sign-in?returnUrl=/admin/users");
        var token = AntiforgeryPattern().Match(page).Groups[1].Value;
        var forged = await browser.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string> { ["userName"] = "boss", ["password"] = "Boss-password-1" }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);

        var signedIn = await browser.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["userName"] = "boss", ["password"] = "Boss-password-1", ["returnUrl"] = "/admin/users",
        }));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/admin/users", signedIn.Headers.Location!.ToString());

        Assert.Contains("boss", await browser.GetStringAsync("/admin/users"));
        Assert.Contains("PublishAnnouncements", await browser.GetStringAsync("/admin/roles/Auditor"));
        var me = await (await browser.GetAsync("/api/identity/me")).ReadAsync<IdentityClient.Me>();
        Assert.Equal(["Administrator"], me.Roles);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/features")).StatusCode);
    }

    [Fact]
    public async Task The_identity_api_is_in_the_openapi_document()
    {
        await using var store = TestStore.Create(Commerce.Data.DatabaseProvider.Sqlite);
        await using var host = new TestHost(store);

        var document = await host.Visitor().GetStringAsync("/openapi/v1.json");

        foreach (var path in new[] { "/api/identity/sign-up", "/api/identity/sign-in", "/api/identity/password-reset/confirm", "/api/identity/users/{id}/lock", "/api/identity/roles/{role}/permissions", "/api/identity/tokens/{id}" })
        {
            Assert.Contains($"\"{path}\"", document);
        }
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex LinkPattern();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryPattern();
}
