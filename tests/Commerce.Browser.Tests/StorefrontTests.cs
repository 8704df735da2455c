using System.Net;
using System.Text.RegularExpressions;
using Commerce.Browser.Tests.Infrastructure;
using Commerce.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Commerce.Browser.Tests;

/// <summary>What a shopper sees in a real browser as features are hidden and shown.</summary>
public sealed class StorefrontTests
{
    [Fact]
    public async Task A_hidden_feature_leaves_the_storefront_navigation_and_its_page_answers_404()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;

        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Announcements" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/announcements$"));
        await Expect(page.GetByText("Welcome to the marketplace")).ToBeVisibleAsync();

        Assert.Equal(HttpStatusCode.OK, (await session.Host.Admin().ToggleAsync("Commerce.Announcements", "hide")).StatusCode);

        await page.GotoAsync("/");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Announcements" })).ToHaveCountAsync(0);
        var hidden = await page.GotoAsync("/announcements");
        Assert.Equal(404, hidden!.Status);

        Assert.Equal(HttpStatusCode.OK, (await session.Host.Admin().ToggleAsync("Commerce.Announcements", "show")).StatusCode);
        await page.GotoAsync("/");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Announcements" })).ToBeVisibleAsync();
    }
}
