using Commerce.Data;
using Commerce.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Commerce.Browser.Tests.Infrastructure;

/// <summary>
/// The real host on a loopback port with Debian's Chromium driven by Playwright. Each session has its own
/// data, host and browser context (cookies), so tests do not see each other.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    /// <summary>Flags that keep Chromium from reaching out to the (closed) network.</summary>
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
    ];

    private readonly TestStore _store;
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private BrowserSession(TestStore store, TestHost host, Uri address, IPlaywright playwright, IBrowser browser, IBrowserContext context, IPage page)
    {
        _store = store;
        Host = host;
        Address = address;
        _playwright = playwright;
        _browser = browser;
        Context = context;
        Page = page;
    }

    public TestHost Host { get; }

    public Uri Address { get; }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    /// <summary>The administrator the setup recipe creates.</summary>
    public const string AdminName = "admin";

    public const string AdminPassword = "Browser-admin-1";

    public static async Task<BrowserSession> StartAsync(string? locale = "en-US")
    {
        var store = TestStore.Create(DatabaseProvider.Sqlite);
        var host = new TestHost(store, new Dictionary<string, string?>
        {
            ["Commerce:Setup:AdminUserName"] = AdminName,
            ["Commerce:Setup:AdminPassword"] = AdminPassword,
        });
        host.UseKestrel(0);
        host.StartServer();
        var address = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .Select(a => new Uri(a.Replace("[::]", "127.0.0.1").Replace("0.0.0.0", "127.0.0.1")))
            .First();

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("COMMERCE_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumArgs,
        });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = address.ToString(), Locale = locale });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        return new BrowserSession(store, host, address, playwright, browser, context, page);
    }

    /// <summary>Signs in through the sign-in form, as a person would, and waits for the page it returns to.</summary>
    public async Task SignInAsync(string userName = AdminName, string password = AdminPassword)
    {
        await Page.GetByLabel("User name or e-mail").FillAsync(userName);
        await Page.GetByLabel("Password").FillAsync(password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }

    /// <summary>Saves a screenshot under the test output for a person to look at.</summary>
    public Task ScreenshotAsync(string name)
        => Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "screenshots", name + ".png"), FullPage = true });

    public async ValueTask DisposeAsync()
    {
        await Context.DisposeAsync();
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await Host.DisposeAsync();
        await _store.DisposeAsync();
    }
}
