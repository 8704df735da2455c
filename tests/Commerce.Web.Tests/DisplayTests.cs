using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Commerce.Data;
using Commerce.Web.Tests.Infrastructure;

namespace Commerce.Web.Tests;

/// <summary>Pages through themes over HTTP: activating a theme, switching the language, security headers, theme assets.</summary>
public sealed class DisplayTests
{
    private const string Jade = "Commerce.Themes.Jade";

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Activating_the_example_theme_changes_the_layout_and_its_overridden_module_template(string provider)
    {
        await using var store = TestStore.Create(provider);
        await using var host = new TestHost(store);
        var admin = host.Admin();
        var visitor = host.Visitor();

        var before = await visitor.GetStringAsync("/announcements");
        Assert.Contains("<body class=\"storefront\">", before);
        Assert.Contains("<section class=\"announcements\">", before);
        Assert.DoesNotContain("theme-jade", before);

        Assert.Equal(HttpStatusCode.Unauthorized, (await visitor.PostAsync($"/api/themes/{Jade}/activate", null)).StatusCode);
        var activated = await admin.PostAsync($"/api/themes/{Jade}/activate", null);
        Assert.Equal(HttpStatusCode.OK, activated.StatusCode);
        Assert.True((await activated.ReadAsync<JsonElement>()).GetProperty("active").GetBoolean());

        var home = await visitor.GetStringAsync("/");
        var announcements = await visitor.GetStringAsync("/announcements");
        Assert.Contains("theme-jade", home);
        Assert.Contains("<title>Default</title>", home);
        Assert.Contains("href=\"/announcements\"", home);
        Assert.Contains("Welcome to Default", home);

        // Jade overrides the announcements template; the data and the menu are the module's as before.
        Assert.Contains("jade-announcements", announcements);
        Assert.Contains("Welcome to the marketplace", announcements);

        // Jade's layout takes Storefront's stylesheet from the base theme and adds its own.
        Assert.Contains("/themes/Commerce.Themes.Storefront/site.css?v=", home);
        Assert.Contains("/themes/Commerce.Themes.Jade/jade.css?v=", home);

        var themes = await (await admin.GetAsync("/api/themes")).ReadAsync<JsonElement>();
        var active = themes.EnumerateArray().Where(t => t.GetProperty("active").GetBoolean()).Select(t => t.GetProperty("id").GetString());
        Assert.Equal([Jade], active);
    }

    [Fact]
    public async Task Unknown_and_admin_themes_cannot_be_activated_as_storefront_theme()
    {
        await using var store = TestStore.Create(DatabaseProvider.Sqlite);
        await using var host = new TestHost(store);
        var admin = host.Admin();

        var unknown = await admin.PostAsync("/api/themes/Nope/activate", null);
        var adminTheme = await admin.PostAsync("/api/themes/Commerce.Themes.Admin/activate", null);

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var notFound = await unknown.ReadAsync<JsonElement>();
        Assert.Equal("urn:commerce:problem:not-found", notFound.GetProperty("type").GetString());
        Assert.Equal("urn:commerce:problem:theme-not-found", notFound.GetProperty("legacyType").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, adminTheme.StatusCode);
        Assert.Contains("<body class=\"storefront\">", await host.Visitor().GetStringAsync("/"));
    }

    [Fact]
    public async Task Accept_language_picks_chinese_and_english_is_the_tenant_default()
    {
        await using var store = TestStore.Create(DatabaseProvider.Sqlite);
        await using var host = new TestHost(store);
        var visitor = host.Visitor();

        var english = await visitor.GetAsync("/announcements");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/announcements");
        request.Headers.AcceptLanguage.ParseAdd("zh-CN,zh;q=0.9,en;q=0.5");
        var chinese = await visitor.SendAsync(request);

        var englishHtml = await english.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"en\">", englishHtml);
        Assert.Contains("<title>Announcements - Default</title>", englishHtml);
        Assert.Equal("en", english.Content.Headers.ContentLanguage.Single());

        var chineseHtml = await chinese.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"zh-CN\">", chineseHtml);
        Assert.Contains("<title>平台公告 - Default</title>", chineseHtml);
        Assert.Contains(">平台公告</a>", chineseHtml);
        Assert.Contains("Welcome to the marketplace", chineseHtml);
        Assert.Equal("zh-CN", chinese.Content.Headers.ContentLanguage.Single());
    }

    [Fact]
    public async Task The_language_cookie_set_by_the_switcher_wins_over_accept_language()
    {
        await using var store = TestStore.Create(DatabaseProvider.Sqlite);
        await using var host = new TestHost(store);
        var visitor = host.Visitor();
        visitor.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US,en;q=0.9");

        var home = await visitor.GetStringAsync("/");
        Assert.Contains("href=\"/culture/zh-CN?returnUrl=%2F\"", home);
        Assert.Contains("简体中文", home);

        // The switcher's link sets the cookie and comes back to the page (the client follows the redirect).
        var switched = await visitor.GetAsync("/culture/zh-CN?returnUrl=%2Fannouncements");
        Assert.Equal("/announcements", switched.RequestMessage!.RequestUri!.AbsolutePath);
        var page = await switched.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"zh-CN\">", page);
        Assert.Contains("平台公告", page);
        Assert.Contains("欢迎光临 Default", await visitor.GetStringAsync("/"));

        await visitor.GetAsync("/culture/en?returnUrl=%2F");
        Assert.Contains("Welcome to Default", await visitor.GetStringAsync("/"));

        // Only paths within the site are followed back.
        var noFollow = host.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var offsite = await noFollow.GetAsync("/culture/zh-CN?returnUrl=%2F%2Fevil.example");
        Assert.Equal(HttpStatusCode.Redirect, offsite.StatusCode);
        Assert.Equal("/", offsite.Headers.Location!.OriginalString);
        Assert.Contains(offsite.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".Commerce.Culture=", StringComparison.Ordinal) && c.Contains("httponly") && c.Contains("samesite=lax"));
        Assert.Equal(HttpStatusCode.BadRequest, (await noFollow.GetAsync("/culture/klingon")).StatusCode);
    }

    [Fact]
    public async Task Pages_carry_security_headers_and_satisfy_their_content_security_policy()
    {
        await using var store = TestStore.Create(DatabaseProvider.Sqlite);
        await using var host = new TestHost(store);

        var response = await host.Visitor().GetAsync("/announcements");
        var html = await response.Content.ReadAsStringAsync();

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'self'", csp);
        Assert.Contains("script-src 'self' 'nonce-", csp);
        Assert.Contains("style-src 'self' 'nonce-", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("object-src 'none'", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());

        // No inline script or style: the page's CSS is a theme asset from the site itself.
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<style", html);
        Assert.DoesNotContain(" style=", html);
        Assert.DoesNotMatch(@"<[^>]+\son[a-z]+\s*=", html);
        Assert.Contains("<link rel=\"stylesheet\" href=\"/themes/Commerce.Themes.Storefront/site.css?v=", html);

        // A new nonce every response.
        var again = (await host.Visitor().GetAsync("/")).Headers.GetValues("Content-Security-Policy").Single();
        Assert.NotEqual(csp, again);
    }

    [Fact]
    public async Task Not_found_answers_and_authentication_challenges_carry_the_security_headers_too()
    {
        await using var store = TestStore.Create(DatabaseProvider.Sqlite);
        await using var host = new TestHost(store);
        Assert.Equal(HttpStatusCode.OK, (await host.Admin().ToggleAsync("Commerce.Announcements", "hide")).StatusCode);

        var hidden = await host.Visitor().GetAsync("/announcements");
        var unknown = await host.Visitor().GetAsync("/no-such-page");
        var challenged = await host.Visitor().GetAsync("/api/features");

        Assert.Equal(
            [HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.Unauthorized],
            [hidden.StatusCode, unknown.StatusCode, challenged.StatusCode]);
        foreach (var response in new[] { hidden, unknown, challenged })
        {
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
        }
    }

    [Fact]
    public async Task Theme_assets_are_served_with_caching_headers_and_only_for_enabled_themes()
    {
        await using var store = TestStore.Create(DatabaseProvider.Sqlite);
        await using var host = new TestHost(store);
        var visitor = host.Visitor();

        var versioned = await visitor.GetAsync("/themes/Commerce.Themes.Storefront/site.css?v=1");
        var bare = await visitor.GetAsync("/themes/Commerce.Themes.Storefront/site.css");

        Assert.Equal(HttpStatusCode.OK, versioned.StatusCode);
        Assert.Equal("text/css", versioned.Content.Headers.ContentType!.MediaType);
        Assert.Equal("public, max-age=31536000, immutable", versioned.Headers.CacheControl!.ToString());
        Assert.Equal("public, max-age=3600", bare.Headers.CacheControl!.ToString());
        Assert.NotNull(bare.Headers.ETag);
        Assert.Contains("--accent", await bare.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/themes/Commerce.Themes.Jade/jade.css")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/themes/Commerce.Themes.Storefront/Manifest.cs")).StatusCode);
    }

    [Fact]
    public async Task A_prefixed_tenant_renders_its_links_assets_and_language_switch_under_its_prefix()
    {
        await using var store = TestStore.Create(DatabaseProvider.Sqlite);
        await using var host = new TestHost(store);
        var created = await host.Admin().PostAsJsonAsync("/api/tenants", new { name = "Tea", requestUrlPrefix = "tea", apiKey = "tea-house-key-0123456789" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var home = await host.Visitor().GetStringAsync("/tea/");

        Assert.Contains("href=\"/tea/announcements\"", home);
        Assert.Contains("href=\"/tea/themes/Commerce.Themes.Storefront/site.css?v=", home);
        Assert.Contains("href=\"/tea/culture/zh-CN?returnUrl=%2F\"", home);
        Assert.Equal(HttpStatusCode.OK, (await host.Visitor().GetAsync("/tea/themes/Commerce.Themes.Storefront/site.css")).StatusCode);
    }
}
