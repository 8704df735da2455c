using System.Net;
using System.Net.Http.Json;
using Commerce.Web.Tests.Infrastructure;

namespace Commerce.Web.Tests;

/// <summary>
/// Sign-in cookies: they survive a shell rebuild and work on every host process sharing the database (Data
/// Protection keys live in the tenant database), and neither a cookie nor a token crosses tenants.
/// </summary>
public sealed class SessionTests
{
    private const string TeaKey = "tea-house-key-0123456789";

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_sign_in_cookie_survives_a_feature_toggle_and_works_on_another_host_process(string provider)
    {
        await using var store = TestStore.Create(provider);
        await using var first = await HostProcess.StartAsync(store);
        using var admin = first.Client();
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/identity/users",
            new { userName = "fang", email = "fang@example.test", password = IdentityClient.Password, roles = new[] { "Auditor" } })).StatusCode);

        // One cookie jar for both processes: cookies are per host name, not per port.
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer() };
        using var browser = new HttpClient(handler);
        Assert.Equal(HttpStatusCode.OK, (await browser.PostAsJsonAsync(new Uri(first.Address, "/api/identity/sign-in"), new { userName = "fang", password = IdentityClient.Password })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(new Uri(first.Address, "/api/identity/me"))).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await admin.ToggleAsync("Commerce.Announcements", "disable")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.ToggleAsync("Commerce.Announcements", "enable")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(new Uri(first.Address, "/api/identity/me"))).StatusCode);

        await using var second = await HostProcess.StartAsync(store);
        var me = await browser.GetAsync(new Uri(second.Address, "/api/identity/me"));
        Assert.True(me.StatusCode == HttpStatusCode.OK, $"{me.StatusCode}\n{second.Output}");
        Assert.Equal("fang", (await me.ReadAsync<IdentityClient.Me>()).Name);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_cookie_or_token_of_one_tenant_does_not_authenticate_on_another(string provider)
    {
        await using var store = TestStore.Create(provider);
        await using var host = new TestHost(store);
        var admin = host.Admin();
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/tenants", new { name = "Tea", requestUrlPrefix = "tea", apiKey = TeaKey })).StatusCode);
        var tea = host.Visitor();
        tea.DefaultRequestHeaders.Add("X-Api-Key", TeaKey);
        // The same user name and password exist on both tenants, as different users.
        await admin.CreateUserAsync("gao", "Administrator");
        Assert.Equal(HttpStatusCode.Created, (await tea.PostAsJsonAsync("/tea/api/identity/users",
            new { userName = "gao", email = "gao@example.test", password = IdentityClient.Password, roles = new[] { "Administrator" } })).StatusCode);

        var user = host.Visitor();
        var signedIn = await user.SignInAsync("gao");
        var token = await user.CreateTokenAsync();
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync("/api/identity/me")).StatusCode);

        // The Default tenant's cookie is sent along to /tea (its path is /) but Tea does not read it...
        Assert.Equal(HttpStatusCode.Unauthorized, (await user.GetAsync("/tea/api/identity/me")).StatusCode);
        // ...not even under Tea's own cookie name: Tea's keys cannot decrypt it.
        var cookie = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".commerce.auth.default=", StringComparison.Ordinal));
        var value = cookie.Split(';')[0]["..commerce.auth.default=".Length..];
        var forged = new HttpRequestMessage(HttpMethod.Get, "/tea/api/identity/me");
        forged.Headers.Add("Cookie", ".commerce.auth.tea=" + value);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Visitor().SendAsync(forged)).StatusCode);
        // A token is a row in its tenant's database only.
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Visitor().SendAsync(IdentityClient.Bearer(HttpMethod.Get, "/tea/api/features", token.Token))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.Visitor().SendAsync(IdentityClient.Bearer(HttpMethod.Get, "/api/features", token.Token))).StatusCode);
    }
}
