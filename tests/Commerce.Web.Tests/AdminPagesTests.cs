using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Commerce.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Commerce.Web.Tests;

/// <summary>
/// The admin area and the account pages as a browser without JavaScript sees them: forms with antiforgery tokens,
/// the dashboard behind sign-in and the AccessAdmin permission, the grants page, the storefront header, Chinese.
/// </summary>
public sealed partial class AdminPagesTests
{
    private const string AdminName = "boss";
    private const string AdminPassword = "Boss-password-1";

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_anonymous_visitor_is_sent_to_sign_in_and_comes_back_to_the_dashboard(string provider)
    {
        await using var store = TestStore.Create(provider);
        await using var host = NewHost(store);
        var browser = Browser(host);

        var challenged = await browser.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.Redirect, challenged.StatusCode);
        var signInUrl = challenged.Headers.Location!;
        Assert.Equal("/account/sign-in", signInUrl.AbsolutePath);
        Assert.Contains("ReturnUrl=%2Fadmin", signInUrl.Query);

        var page = await browser.GetStringAsync(signInUrl.PathAndQuery);
        Assert.Contains("<input type=\"hidden\" name=\"returnUrl\" value=\"/admin\">", page);
        var signedIn = await PostFormAsync(browser, "/account/sign-in", page, new() { ["userName"] = AdminName, ["password"] = AdminPassword, ["returnUrl"] = "/admin" });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/admin", signedIn.Headers.Location!.OriginalString);

        var dashboard = await browser.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        var html = await dashboard.Content.ReadAsStringAsync();
        Assert.Contains("<title>Dashboard - Administration - Default</title>", html);
        Assert.Contains("<dt>Tenant</dt><dd>Default</dd>", html);
        var features = await (await host.Admin().GetAsync("/api/features")).ReadAsync<JsonElement>();
        var enabled = features.EnumerateArray().Count(f => f.GetProperty("enabled").GetBoolean());
        Assert.Contains($"<dt>Enabled features</dt><dd>{enabled}</dd>", html);
        Assert.Contains("<dt><a href=\"/admin/users\">Users</a></dt><dd>1</dd>", html);
        // The admin menu's pages, linked from the dashboard itself and from the side menu.
        Assert.Contains("<li><a href=\"/admin/roles\">Roles and permissions</a></li>", html);
        Assert.Contains("<a href=\"/admin\" aria-current=\"page\">Dashboard</a>", html);
        // The header names the user and offers to sign out.
        Assert.Contains("<li class=\"account-name\">boss</li>", html);
        Assert.Contains("action=\"/account/sign-out\"", html);
    }

    [Fact]
    public async Task Sign_in_errors_show_next_to_the_field_and_only_local_return_urls_are_followed()
    {
        await using var store = TestStore.Create(Commerce.Data.DatabaseProvider.Sqlite);
        await using var host = NewHost(store);
        var browser = Browser(host);

        var page = await browser.GetStringAsync("/account/sign-in");
        var wrong = await PostFormAsync(browser, "/account/sign-in", page, new() { ["userName"] = AdminName, ["password"] = "Wrong-password-1" });
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        var html = await wrong.Content.ReadAsStringAsync();
        Assert.Matches(
            "<input id=\"password\" name=\"password\" type=\"password\"[^>]* aria-invalid=\"true\" aria-describedby=\"password-error\">\\s*<span class=\"error\" id=\"password-error\">The user name or password is wrong.</span>",
            html);
        Assert.Contains("value=\"boss\"", html);
        Assert.DoesNotContain("Wrong-password-1", html);

        var offsite = await PostFormAsync(browser, "/account/sign-in", html, new() { ["userName"] = AdminName, ["password"] = AdminPassword, ["returnUrl"] = "//evil.example/admin" });
        Assert.Equal(HttpStatusCode.Redirect, offsite.StatusCode);
        Assert.Equal("/", offsite.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Sign_up_errors_are_per_field_and_the_storefront_header_follows_sign_in_and_sign_out()
    {
        await using var store = TestStore.Create(Commerce.Data.DatabaseProvider.Sqlite);
        await using var host = NewHost(store);
        var browser = Browser(host);

        var home = await browser.GetStringAsync("/announcements");
        Assert.Contains("<a href=\"/account/sign-in?returnUrl=%2Fannouncements\">Sign in</a>", home);
        Assert.Contains(">Announcements</a>", home);

        var form = await browser.GetStringAsync("/account/sign-up");
        var weak = await PostFormAsync(browser, "/account/sign-up", form, new() { ["userName"] = "lin", ["email"] = "lin@example.test", ["password"] = "weakpassword" });
        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        var errors = await weak.Content.ReadAsStringAsync();
        Assert.Contains("<span class=\"error\" id=\"password-error\">", errors);
        Assert.DoesNotContain("id=\"email-error\"", errors);
        Assert.Contains("value=\"lin@example.test\"", errors);

        var created = await PostFormAsync(browser, "/account/sign-up", errors, new() { ["userName"] = "lin", ["email"] = "lin@example.test", ["password"] = IdentityClient.Password });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        var signedIn = await browser.GetStringAsync("/announcements");
        Assert.Contains("<li class=\"account-name\">lin</li>", signedIn);
        Assert.DoesNotContain(">Sign in</a>", signedIn);
        Assert.Contains("<title>Announcements - Default</title>", signedIn);

        var signedOut = await PostFormAsync(browser, "/account/sign-out", signedIn, []);
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Contains(">Sign in</a>", await browser.GetStringAsync("/"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/identity/me")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_grants_page_opens_the_admin_area_to_a_role_that_was_refused(string provider)
    {
        await using var store = TestStore.Create(provider);
        await using var host = NewHost(store);
        await host.Admin().CreateUserAsync("applicant", "Applicant");
        await host.Admin().CreateUserAsync("auditor", "Auditor");
        var applicant = Browser(host);
        await applicant.SignInAsync("applicant");
        var auditor = Browser(host);
        await auditor.SignInAsync("auditor");

        Assert.Equal(HttpStatusCode.Forbidden, (await applicant.GetAsync("/admin")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await applicant.GetAsync("/admin/users")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await auditor.GetAsync("/admin")).StatusCode); // a default grant

        var admin = await SignedInAdminAsync(host);
        var grants = await admin.GetStringAsync("/admin/roles/Applicant");
        Assert.Contains("<legend>Admin</legend>", grants);
        Assert.Contains("<legend>Identity</legend>", grants);
        Assert.Contains("<input type=\"checkbox\" name=\"permissions\" value=\"AccessAdmin\">", grants);

        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsync("/admin/roles/Applicant/permissions", new FormUrlEncodedContent([new("permissions", "AccessAdmin")]))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await applicant.GetAsync("/admin")).StatusCode);

        var saved = await PostFormAsync(admin, "/admin/roles/Applicant/permissions", grants, new() { ["permissions"] = "AccessAdmin" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("/admin/roles/Applicant?saved=true", saved.Headers.Location!.OriginalString);
        var after = await admin.GetStringAsync(saved.Headers.Location!.OriginalString);
        Assert.Contains("<input type=\"checkbox\" name=\"permissions\" value=\"AccessAdmin\" checked>", after);
        Assert.Contains("The permissions are saved.", after);

        var opened = await applicant.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        // The applicant's menu holds what its grants allow: the dashboard, not the users page.
        var dashboard = await opened.Content.ReadAsStringAsync();
        Assert.DoesNotContain("href=\"/admin/users\"", dashboard);
        Assert.Equal(HttpStatusCode.Forbidden, (await applicant.GetAsync("/admin/users")).StatusCode);

        var roles = await (await host.Admin().GetAsync("/api/identity/roles/Applicant/permissions")).ReadAsync<JsonElement>();
        Assert.Equal(["AccessAdmin"], roles.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()));
    }

    [Fact]
    public async Task Account_and_admin_pages_render_in_chinese_for_accept_language_zh_cn()
    {
        await using var store = TestStore.Create(Commerce.Data.DatabaseProvider.Sqlite);
        await using var host = NewHost(store);
        var admin = await SignedInAdminAsync(host);
        admin.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN,zh;q=0.9");
        var visitor = Browser(host);
        visitor.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");

        var signIn = await visitor.GetStringAsync("/account/sign-in");
        Assert.Contains("<html lang=\"zh-CN\">", signIn);
        Assert.Contains("<title>登录 - Default</title>", signIn);
        Assert.Contains("<label for=\"userName\">用户名或电子邮箱</label>", signIn);
        Assert.Contains("忘记密码？", signIn);

        var dashboard = await admin.GetStringAsync("/admin");
        Assert.Contains("<title>仪表盘 - 管理后台 - Default</title>", dashboard);
        Assert.Contains("<dt>已启用的功能</dt>", dashboard);
        Assert.Contains("退出登录", dashboard);

        var users = await admin.GetStringAsync("/admin/users");
        Assert.Contains("<h1>用户</h1>", users);
        Assert.Contains("管理员", users);
        Assert.Contains("角色与权限", await admin.GetStringAsync("/admin/roles"));
        Assert.Contains("查看用户和角色。", await admin.GetStringAsync("/admin/roles/Auditor"));
    }

    [Fact]
    public async Task Users_are_locked_and_unlocked_from_the_users_page()
    {
        await using var store = TestStore.Create(Commerce.Data.DatabaseProvider.Sqlite);
        await using var host = NewHost(store);
        var user = await host.Admin().CreateUserAsync("wei", "MerchantOwner");
        var admin = await SignedInAdminAsync(host);

        var page = await admin.GetStringAsync("/admin/users");
        Assert.Contains($"action=\"/admin/users/{user.Id}/lock\"", page);
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(admin, $"/admin/users/{user.Id}/lock", page, [])).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await host.Visitor().SignInAsync("wei")).StatusCode);

        page = await admin.GetStringAsync("/admin/users");
        Assert.Contains($"action=\"/admin/users/{user.Id}/unlock\"", page);
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(admin, $"/admin/users/{user.Id}/unlock", page, [])).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.Visitor().SignInAsync("wei")).StatusCode);
    }

    private static TestHost NewHost(TestStore store) => new(store, new Dictionary<string, string?>
    {
        ["Commerce:Setup:AdminUserName"] = AdminName,
        ["Commerce:Setup:AdminPassword"] = AdminPassword,
    });

    /// <summary>A client that keeps cookies and shows redirects instead of following them, like a test of a browser.</summary>
    private static HttpClient Browser(TestHost host) => host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private static async Task<HttpClient> SignedInAdminAsync(TestHost host)
    {
        var browser = Browser(host);
        var page = await browser.GetStringAsync("/account/sign-in");
        var signedIn = await PostFormAsync(browser, "/account/sign-in", page, new() { ["userName"] = AdminName, ["password"] = AdminPassword });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return browser;
    }

    /// <summary>Posts a form the way a browser does: the fields given plus the antiforgery token the page rendered.</summary>
    private static Task<HttpResponseMessage> PostFormAsync(HttpClient browser, string action, string page, Dictionary<string, string> fields)
    {
        var token = AntiforgeryPattern().Match(page);
        Assert.True(token.Success, "The page has no antiforgery field.");
        fields["__RequestVerificationToken"] = token.Groups[1].Value;
        return browser.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryPattern();
}
