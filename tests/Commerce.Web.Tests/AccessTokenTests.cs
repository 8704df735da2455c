using System.Net;
using System.Net.Http.Json;
using Commerce.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Web.Tests;

/// <summary>Personal access tokens: created, used as bearer tokens, revoked, expired; never across tenants.</summary>
public sealed class AccessTokenTests
{
    private sealed record Token(Guid Id, string Name, string Prefix, bool Active);

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_token_works_as_its_user_until_revoked_or_expired(string provider)
    {
        var clock = new TestClock();
        await using var store = TestStore.Create(provider);
        await using var host = new TestHost(store) { ConfigureTestServices = s => s.AddSingleton<TimeProvider>(clock) };
        var admin = host.Admin();
        await admin.CreateUserAsync("chen", "Administrator");
        var user = host.Visitor();
        await user.SignInAsync("chen");
        var api = host.Visitor();

        var revocable = await user.CreateTokenAsync("deploy");
        var expiring = await user.CreateTokenAsync("nightly", days: 1);
        Assert.StartsWith("cpat_", revocable.Token);
        Assert.Equal(HttpStatusCode.OK, (await api.SendAsync(IdentityClient.Bearer(HttpMethod.Get, "/api/features", revocable.Token))).StatusCode);
        var me = await (await api.SendAsync(IdentityClient.Bearer(HttpMethod.Get, "/api/identity/me", revocable.Token))).ReadAsync<IdentityClient.Me>();
        Assert.Equal(("chen", "Bearer"), (me.Name, me.AuthenticationType));
        var listed = await (await user.GetAsync("/api/identity/tokens")).ReadAsync<Token[]>();
        Assert.Equal(2, listed.Length);
        Assert.DoesNotContain(revocable.Token, await user.GetStringAsync("/api/identity/tokens"));

        Assert.Equal(HttpStatusCode.NoContent, (await user.DeleteAsync($"/api/identity/tokens/{revocable.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.SendAsync(IdentityClient.Bearer(HttpMethod.Get, "/api/features", revocable.Token))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.SendAsync(IdentityClient.Bearer(HttpMethod.Get, "/api/features", expiring.Token))).StatusCode);

        clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.SendAsync(IdentityClient.Bearer(HttpMethod.Get, "/api/features", expiring.Token))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.SendAsync(IdentityClient.Bearer(HttpMethod.Get, "/api/features", "cpat_made-up"))).StatusCode);
    }

    [Fact]
    public async Task A_token_follows_its_users_roles_and_lockout_at_once()
    {
        await using var store = TestStore.Create(Commerce.Data.DatabaseProvider.Sqlite);
        await using var host = new TestHost(store);
        var admin = host.Admin();
        var created = await admin.CreateUserAsync("he", "Auditor");
        var user = host.Visitor();
        await user.SignInAsync("he");
        var token = await user.CreateTokenAsync();
        var api = host.Visitor();

        Assert.Equal(HttpStatusCode.Forbidden, (await api.SendAsync(IdentityClient.Bearer(HttpMethod.Post, "/api/announcements", token.Token, new { title = "x" }))).StatusCode);
        await admin.PutAsJsonAsync($"/api/identity/users/{created.Id}/roles", new { roles = new[] { "Auditor", "Finance" } });
        await admin.PutAsJsonAsync("/api/identity/roles/Finance/permissions", new { permissions = new[] { "PublishAnnouncements" } });
        Assert.Equal(HttpStatusCode.Created, (await api.SendAsync(IdentityClient.Bearer(HttpMethod.Post, "/api/announcements", token.Token, new { title = "x" }))).StatusCode);

        await admin.PostAsync($"/api/identity/users/{created.Id}/lock", null);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.SendAsync(IdentityClient.Bearer(HttpMethod.Get, "/api/identity/me", token.Token))).StatusCode);
    }
}
