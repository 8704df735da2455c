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
public sealed class AdminPagesTests
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

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_user_created_with_the_users_page_form_can_sign_in_with_the_roles_chosen(string provider)
    {
        await using var store = TestStore.Create(provider);
        await using var host = NewHost(store);
        var admin = await SignedInAdminAsync(host);

        var page = await admin.GetStringAsync("/admin/users");
        Assert.Contains("<form method=\"post\" action=\"/admin/users\">", page);
        Assert.Contains("<input type=\"checkbox\" name=\"roles\" value=\"Auditor\">", page);
        var created = await admin.PostAsync("/admin/users", Form(page, ("userName", "mei"), ("email", "mei@example.test"), ("password", IdentityClient.Password), ("roles", "Auditor"), ("roles", "Finance")));
        Assert.Equal(HttpStatusCode.SeeOther, created.StatusCode);
        Assert.Equal("/admin/users?created=mei", created.Headers.Location!.OriginalString);
        var after = await admin.GetStringAsync(created.Headers.Location!.OriginalString);
        Assert.Contains("User mei is created.", after);
        Assert.Contains("<td>mei@example.test</td>", after);

        var mei = Browser(host);
        var signIn = await mei.GetStringAsync("/account/sign-in");
        var signedIn = await PostFormAsync(mei, "/account/sign-in", signIn, new() { ["userName"] = "mei", ["password"] = IdentityClient.Password });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var me = await (await mei.GetAsync("/api/identity/me")).ReadAsync<JsonElement>();
        Assert.Equal(["Auditor", "Finance"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()!).Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.OK, (await mei.GetAsync("/admin")).StatusCode);

        // The roles of a user row: Finance taken away, the Auditor role kept.
        var users = await (await host.Admin().GetAsync("/api/identity/users")).ReadAsync<JsonElement>();
        var meiId = users.EnumerateArray().Single(u => u.GetProperty("userName").GetString() == "mei").GetProperty("id").GetString()!;
        Assert.Contains($"action=\"/admin/users/{meiId}/roles\"", after);
        var set = await admin.PostAsync($"/admin/users/{meiId}/roles", Form(after, ("roles", "Auditor")));
        Assert.Equal(HttpStatusCode.SeeOther, set.StatusCode);
        users = await (await host.Admin().GetAsync("/api/identity/users")).ReadAsync<JsonElement>();
        Assert.Equal(["Auditor"], users.EnumerateArray().Single(u => u.GetProperty("userName").GetString() == "mei").GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task A_bad_e_mail_and_a_short_password_show_next_to_their_fields_and_create_nothing()
    {
        await using var store = TestStore.Create(Commerce.Data.DatabaseProvider.Sqlite);
        await using var host = NewHost(store);
        var admin = await SignedInAdminAsync(host);

        var page = await admin.GetStringAsync("/admin/users");
        var refused = await admin.PostAsync("/admin/users", Form(page, ("userName", "bad"), ("email", "not-an-address"), ("password", "Ab1"), ("roles", "Auditor")));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Matches("<input id=\"email\" name=\"email\" type=\"email\"[^>]* aria-invalid=\"true\" aria-describedby=\"email-error\">\\s*<span class=\"error\" id=\"email-error\">", html);
        Assert.Matches("<input id=\"password\" name=\"password\" type=\"password\"[^>]* aria-invalid=\"true\" aria-describedby=\"password-error\">\\s*<small class=\"hint\">[^<]*</small>\\s*<span class=\"error\" id=\"password-error\">[^<]*Passwords must be at least 8 characters.", html);
        Assert.DoesNotContain("id=\"userName-error\"", html);
        Assert.Contains("value=\"bad\"", html);
        Assert.Contains("value=\"not-an-address\"", html);
        Assert.Contains("<input type=\"checkbox\" name=\"roles\" value=\"Auditor\" checked>", html);
        Assert.DoesNotContain("Ab1", html);

        var missing = await admin.PostAsync("/admin/users", Form(html, ("userName", ""), ("email", "x@example.test"), ("password", IdentityClient.Password)));
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("<span class=\"error\" id=\"userName-error\">Required.</span>", await missing.Content.ReadAsStringAsync());

        var users = await (await host.Admin().GetAsync("/api/identity/users")).ReadAsync<JsonElement>();
        Assert.Equal([AdminName], users.EnumerateArray().Select(u => u.GetProperty("userName").GetString()));
    }

    [Fact]
    public async Task A_role_created_with_the_roles_page_form_is_listed()
    {
        await using var store = TestStore.Create(Commerce.Data.DatabaseProvider.Sqlite);
        await using var host = NewHost(store);
        var admin = await SignedInAdminAsync(host);

        var page = await admin.GetStringAsync("/admin/roles");
        Assert.Contains("<form method=\"post\" action=\"/admin/roles\">", page);
        var bad = await admin.PostAsync("/admin/roles", Form(page, ("name", "9 lives")));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var html = await bad.Content.ReadAsStringAsync();
        Assert.Contains("<span class=\"error\" id=\"name-error\">Use 1 to 64 letters, digits, '-' or '_', starting with a letter.</span>", WebUtility.HtmlDecode(html));
        Assert.Contains("value=\"9 lives\"", html);

        var created = await admin.PostAsync("/admin/roles", Form(html, ("name", "Packer")));
        Assert.Equal(HttpStatusCode.SeeOther, created.StatusCode);
        Assert.Equal("/admin/roles?created=Packer", created.Headers.Location!.OriginalString);
        var listed = await admin.GetStringAsync(created.Headers.Location!.OriginalString);
        Assert.Contains("Role Packer is created.", listed);
        Assert.Contains("<a href=\"/admin/roles/Packer\">Edit permissions</a>", listed);

        var again = await admin.PostAsync("/admin/roles", Form(listed, ("name", "Packer")));
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("id=\"name-error\">A role of that name exists already.</span>", await again.Content.ReadAsStringAsync());

        admin.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");
        var chinese = await admin.GetStringAsync("/admin/roles");
        Assert.Contains("创建角色", chinese);
        Assert.Contains("创建用户", await admin.GetStringAsync("/admin/users"));
    }

    [Fact]
    public async Task Create_forms_posted_without_the_antiforgery_token_or_the_permission_are_refused()
    {
        await using var store = TestStore.Create(Commerce.Data.DatabaseProvider.Sqlite);
        await using var host = NewHost(store);
        var admin = await SignedInAdminAsync(host);

        var noUser = await admin.PostAsync("/admin/users", new FormUrlEncodedContent([new("userName", "ghost"), new("email", "ghost@example.test"), new("password", IdentityClient.Password)]));
        Assert.Equal(HttpStatusCode.BadRequest, noUser.StatusCode);
        Assert.Contains("Form expired", await noUser.Content.ReadAsStringAsync());
        var noRole = await admin.PostAsync("/admin/roles", new FormUrlEncodedContent([new("name", "Ghosts")]));
        Assert.Equal(HttpStatusCode.BadRequest, noRole.StatusCode);

        var users = await (await host.Admin().GetAsync("/api/identity/users")).ReadAsync<JsonElement>();
        Assert.DoesNotContain(users.EnumerateArray(), u => u.GetProperty("userName").GetString() == "ghost");
        var roles = await (await host.Admin().GetAsync("/api/identity/roles")).ReadAsync<JsonElement>();
        Assert.DoesNotContain(roles.EnumerateArray(), r => r.GetProperty("name").GetString() == "Ghosts");

        // An auditor sees both pages but neither form, and its posts are forbidden.
        await host.Admin().CreateUserAsync("auditor", "Auditor");
        var auditor = Browser(host);
        var signIn = await auditor.GetStringAsync("/account/sign-in");
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(auditor, "/account/sign-in", signIn, new() { ["userName"] = "auditor", ["password"] = IdentityClient.Password })).StatusCode);
        Assert.DoesNotContain("action=\"/admin/users\"", await auditor.GetStringAsync("/admin/users"));
        Assert.DoesNotContain("action=\"/admin/roles\"", await auditor.GetStringAsync("/admin/roles"));
        Assert.Equal(HttpStatusCode.Forbidden, (await PostFormAsync(auditor, "/admin/users", signIn, new() { ["userName"] = "x", ["email"] = "x@example.test", ["password"] = IdentityClient.Password })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostFormAsync(auditor, "/admin/roles", signIn, new() { ["name"] = "X" })).StatusCode);
    }

    private static TestHost NewHost(TestStore store) => PageForms.HostWithAdmin(store, AdminName, AdminPassword);

    private static HttpClient Browser(TestHost host) => PageForms.Browser(host);

    private static async Task<HttpClient> SignedInAdminAsync(TestHost host)
    {
        var browser = Browser(host);
        await browser.SignInWithFormAsync(AdminName, AdminPassword);
        return browser;
    }

    private static Task<HttpResponseMessage> PostFormAsync(HttpClient browser, string action, string page, Dictionary<string, string> fields)
        => browser.PostFormAsync(action, page, fields);

    private static FormUrlEncodedContent Form(string page, params (string Name, string Value)[] fields) => PageForms.Form(page, fields);
}
