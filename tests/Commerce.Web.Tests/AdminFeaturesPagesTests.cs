using System.Net;
using System.Text.RegularExpressions;
using Commerce.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Commerce.Web.Tests;

/// <summary>
/// The management admin pages as a browser without JavaScript uses them: features (with the confirmation that shows
/// a change's consequences), tenants and themes, signed in as the configured administrator through the form.
/// </summary>
public sealed class AdminFeaturesPagesTests
{
    private const string AdminName = "chief";
    private const string AdminPassword = "Chief-password-1";

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Disabling_the_storefront_shows_its_dependents_and_the_cascade_turns_them_off(string provider)
    {
        await using var store = TestStore.Create(provider);
        await using var host = NewHost(store);
        var browser = Browser(host);

        // Pages send anonymous visitors to sign in; the API keeps answering with a status.
        var challenged = await browser.GetAsync("/admin/features");
        Assert.Equal(HttpStatusCode.Redirect, challenged.StatusCode);
        Assert.Equal("/account/sign-in", challenged.Headers.Location!.AbsolutePath);
        Assert.Contains("ReturnUrl=%2Fadmin%2Ffeatures", challenged.Headers.Location.Query);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/features")).StatusCode);

        await SignInAsync(browser);
        var list = await browser.GetStringAsync("/admin/features");
        Assert.Contains("<tr data-feature=\"Commerce.Announcements\" data-enabled=\"true\" data-hidden=\"false\">", list);
        Assert.Contains("data-action=\"disable\" href=\"/admin/features/Commerce.Announcements/disable\">Disable<span class=\"visually-hidden\"> Announcements</span></a>", list);
        Assert.Contains("<h2>Storefront</h2>", list);
        Assert.Contains("href=\"/admin/features\" aria-current=\"page\">Features</a>", list);
        Assert.Contains("<a href=\"/admin/themes\">Themes</a>", list);
        Assert.Contains("href=\"/announcements\"", await browser.GetStringAsync("/"));

        var confirm = await browser.GetAsync("/admin/features/Commerce.Storefront/disable");
        Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
        var confirmHtml = await confirm.Content.ReadAsStringAsync();
        Assert.Contains("Refused: needed by Announcements.", confirmHtml);
        Assert.Matches("<ul class=\"dependents\"><li data-feature=\"Commerce.Announcements\">", confirmHtml);
        Assert.Matches("<ul class=\"cascade-disables\"><li data-feature=\"Commerce.Announcements\">", confirmHtml);
        Assert.DoesNotContain("data-action=\"confirm\"", confirmHtml);

        // A post without the cascade is refused with the reason, and nothing changes.
        var refused = await PostFormAsync(browser, "/admin/features/Commerce.Storefront/disable", confirmHtml, []);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("Refused: needed by Announcements.", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/announcements")).StatusCode);

        var cascaded = await PostFormAsync(browser, "/admin/features/Commerce.Storefront/disable", confirmHtml, new() { ["cascade"] = "true" });
        Assert.Equal(HttpStatusCode.SeeOther, cascaded.StatusCode);
        var back = cascaded.Headers.Location!.OriginalString;
        Assert.StartsWith("/admin/features?disabled=", back);
        var after = await browser.GetStringAsync(back);
        Assert.Contains("Disabled: Announcements, Storefront.", after);
        Assert.Contains("<tr data-feature=\"Commerce.Announcements\" data-enabled=\"false\"", after);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/announcements")).StatusCode);
        Assert.DoesNotContain("href=\"/announcements\"", await browser.GetStringAsync("/admin/features"));
        var home = await browser.GetAsync("/");
        Assert.DoesNotContain("/announcements", await home.Content.ReadAsStringAsync());

        // Enabling Announcements again names the dependency it brings back.
        var enable = await browser.GetStringAsync("/admin/features/Commerce.Announcements/enable");
        Assert.Matches("<ul class=\"also-enables\"><li data-feature=\"Commerce.Storefront\">", enable);
        var enabled = await PostFormAsync(browser, "/admin/features/Commerce.Announcements/enable", enable, []);
        Assert.Equal(HttpStatusCode.SeeOther, enabled.StatusCode);
        Assert.Contains("Enabled: Storefront, Announcements.", await browser.GetStringAsync(enabled.Headers.Location!.OriginalString));
        Assert.Contains("href=\"/announcements\"", await browser.GetStringAsync("/"));
    }

    [Fact]
    public async Task Hiding_on_the_page_makes_the_storefront_entry_404_while_the_admin_keeps_working()
    {
        await using var store = TestStore.Create(Commerce.Data.DatabaseProvider.Sqlite);
        await using var host = NewHost(store);
        var browser = Browser(host);
        await SignInAsync(browser);
        var list = await browser.GetStringAsync("/admin/features");

        // No antiforgery token: refused, nothing changes.
        var forged = await browser.PostAsync("/admin/features/Commerce.Announcements/hide", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/announcements")).StatusCode);

        var hidden = await PostFormAsync(browser, "/admin/features/Commerce.Announcements/hide", list, []);
        Assert.Equal(HttpStatusCode.SeeOther, hidden.StatusCode);
        var after = await browser.GetAsync(hidden.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        var afterHtml = await after.Content.ReadAsStringAsync();
        Assert.Contains("Hidden from the storefront: Announcements.", afterHtml);
        Assert.Contains("<tr data-feature=\"Commerce.Announcements\" data-enabled=\"true\" data-hidden=\"true\">", afterHtml);
        Assert.Contains("action=\"/admin/features/Commerce.Announcements/show\"", afterHtml);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/announcements")).StatusCode);
        Assert.DoesNotContain("href=\"/announcements\"", await browser.GetStringAsync("/"));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/admin/features")).StatusCode);

        var shown = await PostFormAsync(browser, "/admin/features/Commerce.Announcements/show", afterHtml, []);
        Assert.Equal(HttpStatusCode.SeeOther, shown.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/announcements")).StatusCode);

        // A user without ManageFeatures is refused, and does not see the menu link.
        await host.Admin().CreateUserAsync("lin", "Auditor");
        var auditor = Browser(host);
        await auditor.SignInAsync("lin");
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.GetAsync("/admin/features")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.GetAsync("/api/themes")).StatusCode);
    }

    [Fact]
    public async Task The_announcements_admin_page_publishes_with_a_token_and_keeps_working_while_hidden()
    {
        await using var store = TestStore.Create(Commerce.Data.DatabaseProvider.Sqlite);
        await using var host = NewHost(store);
        var browser = Browser(host);
        await SignInAsync(browser);
        Assert.Equal(HttpStatusCode.OK, (await host.Admin().ToggleAsync("Commerce.Announcements", "hide")).StatusCode);
        var page = await browser.GetStringAsync("/admin/announcements");

        var forged = await browser.PostAsync("/admin/announcements", new FormUrlEncodedContent(new Dictionary<string, string> { ["title"] = "Forged" }));
        var empty = await PostFormAsync(browser, "/admin/announcements", page, new() { ["title"] = " " });
        var published = await PostFormAsync(browser, "/admin/announcements", page, new() { ["title"] = "Spring sale", ["body"] = "春季促销" });

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("A title is required.", await empty.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.SeeOther, published.StatusCode);
        var list = await browser.GetStringAsync("/admin/announcements?published=1");
        Assert.Contains("Spring sale", list);
        Assert.DoesNotContain("Forged", list);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/announcements")).StatusCode);
    }

    [Fact]
    public async Task The_tenants_page_shows_field_errors_and_creates_a_tenant()
    {
        await using var store = TestStore.Create(Commerce.Data.DatabaseProvider.Sqlite);
        await using var host = NewHost(store);
        var browser = Browser(host);
        await SignInAsync(browser);
        var page = await browser.GetStringAsync("/admin/tenants");
        Assert.Contains("<tr data-tenant=\"Default\">", page);
        Assert.Contains("<option value=\"blank\">blank</option>", page);

        var bad = await PostFormAsync(browser, "/admin/tenants", page, new()
        {
            ["name"] = "Tea", ["requestUrlPrefix"] = "Bad Prefix!", ["recipe"] = "blank", ["apiKey"] = "tea-api-key-0123456789",
        });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var badHtml = await bad.Content.ReadAsStringAsync();
        Assert.Matches(
            "<input id=\"tenant-requestUrlPrefix\" name=\"requestUrlPrefix\" type=\"text\" value=\"Bad Prefix!\" aria-invalid=\"true\" aria-describedby=\"tenant-requestUrlPrefix-error\">\\s*<small class=\"hint\">[^<]*</small>\\s*<span class=\"error\" id=\"tenant-requestUrlPrefix-error\">Use 1 to 63 lower-case letters",
            badHtml);
        Assert.DoesNotContain("tea-api-key-0123456789", badHtml);
        Assert.DoesNotContain("tenant-name-error", badHtml);

        var created = await PostFormAsync(browser, "/admin/tenants", badHtml, new()
        {
            ["name"] = "Tea", ["requestUrlPrefix"] = "tea", ["recipe"] = "blank", ["apiKey"] = "tea-api-key-0123456789",
        });
        Assert.Equal(HttpStatusCode.SeeOther, created.StatusCode);
        var list = await browser.GetStringAsync(created.Headers.Location!.OriginalString);
        Assert.Contains("Tenant Tea is created and running.", list);
        Assert.Contains("<tr data-tenant=\"Tea\">", list);
        var tea = host.CreateClient();
        tea.DefaultRequestHeaders.Add("X-Api-Key", "tea-api-key-0123456789");
        Assert.Equal(HttpStatusCode.OK, (await tea.GetAsync("/tea/api/features")).StatusCode);
    }

    [Fact]
    public async Task The_themes_page_activates_jade_and_the_pages_speak_chinese()
    {
        await using var store = TestStore.Create(Commerce.Data.DatabaseProvider.Sqlite);
        await using var host = NewHost(store);
        var browser = Browser(host);
        await SignInAsync(browser);
        var page = await browser.GetStringAsync("/admin/themes");
        Assert.Contains("<tr data-theme=\"Commerce.Themes.Storefront\" data-active=\"true\">", page);
        Assert.Contains("action=\"/admin/themes/Commerce.Themes.Jade/activate\"", page);
        Assert.DoesNotContain("action=\"/admin/themes/Commerce.Themes.Admin/activate\"", page);
        Assert.DoesNotContain("jade.css", await browser.GetStringAsync("/"));

        var activated = await PostFormAsync(browser, "/admin/themes/Commerce.Themes.Jade/activate", page, []);
        Assert.Equal(HttpStatusCode.SeeOther, activated.StatusCode);
        var after = await browser.GetStringAsync(activated.Headers.Location!.OriginalString);
        Assert.Contains("<tr data-theme=\"Commerce.Themes.Jade\" data-active=\"true\">", after);
        Assert.Contains("Jade is now the storefront theme.", after);
        Assert.Contains("/themes/Commerce.Themes.Jade/jade.css?v=", await browser.GetStringAsync("/"));

        // The same pages in Chinese: the menu, the buttons, the consequences.
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");
        var features = await browser.GetStringAsync("/admin/features");
        Assert.Contains("<html lang=\"zh-CN\">", features);
        Assert.Contains("停用<span class=\"visually-hidden\"> 平台公告</span>", features);
        Assert.Contains("<h2>商城前台</h2>", features);
        var confirm = await browser.GetStringAsync("/admin/features/Commerce.Storefront/disable");
        Assert.Contains("已拒绝：平台公告依赖此功能。", confirm);
        Assert.Contains("级联停用", confirm);
        Assert.Contains("创建租户", await browser.GetStringAsync("/admin/tenants"));
    }

    private static TestHost NewHost(TestStore store) => PageForms.HostWithAdmin(store, AdminName, AdminPassword);

    private static HttpClient Browser(TestHost host) => PageForms.Browser(host);

    private static Task SignInAsync(HttpClient browser) => browser.SignInWithFormAsync(AdminName, AdminPassword);

    private static Task<HttpResponseMessage> PostFormAsync(HttpClient browser, string path, string page, Dictionary<string, string> fields)
        => browser.PostFormAsync(path, page, fields);
}
