using System.Text.RegularExpressions;
using Commerce.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Commerce.Browser.Tests;

/// <summary>An administrator working the admin area in a real browser, and the storefront following.</summary>
public sealed class AdminTests
{
    private const string Announcements = "Commerce.Announcements";

    [Fact]
    public async Task The_admin_signs_in_from_the_redirect_and_lands_on_the_dashboard()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;

        await page.GotoAsync("/admin");
        await Expect(page).ToHaveURLAsync(new Regex("/account/sign-in"));
        await session.SignInAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/admin/?$"));
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Features" }).First).ToBeVisibleAsync();
        await session.ScreenshotAsync("admin-dashboard");
    }

    [Fact]
    public async Task Disabling_a_feature_on_the_features_page_removes_its_storefront_link_and_page()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        await page.GotoAsync("/admin/features");
        await session.SignInAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/admin/features"));

        await page.Locator($"tr[data-feature='{Announcements}'] [data-action='disable']").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/admin/features/{Regex.Escape(Announcements)}/disable"));
        await page.Locator("button[data-action='confirm']").ClickAsync();
        await Expect(page.Locator($"tr[data-feature='{Announcements}']")).ToHaveAttributeAsync("data-enabled", "false");

        await page.GotoAsync("/");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Announcements" })).ToHaveCountAsync(0);
        Assert.Equal(404, (await page.GotoAsync("/announcements"))!.Status);
    }

    [Fact]
    public async Task Hiding_a_feature_answers_404_at_its_storefront_entry_while_its_admin_page_works()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        await page.GotoAsync("/admin/features");
        await session.SignInAsync();

        await page.Locator($"tr[data-feature='{Announcements}'] button[data-action='hide']").ClickAsync();
        await Expect(page.Locator($"tr[data-feature='{Announcements}']")).ToHaveAttributeAsync("data-hidden", "true");

        Assert.Equal(404, (await page.GotoAsync("/announcements"))!.Status);
        var admin = await page.GotoAsync("/admin/announcements");
        Assert.Equal(200, admin!.Status);
        await page.GetByLabel("Title").FillAsync("Published while hidden");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Published while hidden" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_language_switch_turns_the_storefront_into_chinese_and_back()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;

        await page.GotoAsync("/");
        await page.Locator("nav.languages a[lang='zh-CN']").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "平台公告" })).ToBeVisibleAsync();
        Assert.Equal("zh-CN", await page.Locator("html").GetAttributeAsync("lang"));
        await session.ScreenshotAsync("storefront-zh-CN");

        await page.Locator("nav.languages a[lang='en']").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Announcements" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Activating_the_example_theme_on_the_themes_page_changes_the_storefront()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        await page.GotoAsync("/admin/themes");
        await session.SignInAsync();

        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("Activate .*Jade") }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        await page.GotoAsync("/");
        await Expect(page.Locator("link[rel='stylesheet'][href*='Commerce.Themes.Jade']")).ToHaveCountAsync(1);
        await session.ScreenshotAsync("storefront-jade");
    }
}
