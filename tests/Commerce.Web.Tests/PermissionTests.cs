using System.Net;
using System.Net.Http.Json;
using Commerce.Web.Tests.Infrastructure;

namespace Commerce.Web.Tests;

/// <summary>Permissions: 401, 403 and 200 by role grants, grants edited by admins and surviving a feature's disable and enable.</summary>
public sealed class PermissionTests
{
    private sealed record Permission(string Name, string Category, string[] Roles);

    private sealed record RoleGrants(string Role, string[] Permissions);

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_endpoint_answers_401_anonymous_403_without_the_grant_and_succeeds_once_granted(string provider)
    {
        await using var store = TestStore.Create(provider);
        await using var host = new TestHost(store);
        var admin = host.Admin();
        await admin.CreateUserAsync("zhao", "Auditor");
        var auditor = host.Visitor();
        await auditor.SignInAsync("zhao");
        var announcement = new { title = "Tea festival" };

        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Visitor().PostAsJsonAsync("/api/announcements", announcement)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.PostAsJsonAsync("/api/announcements", announcement)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.GetAsync("/api/features")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await auditor.GetAsync("/api/identity/users")).StatusCode); // a default grant of Auditor

        var granted = await admin.PutAsJsonAsync("/api/identity/roles/Auditor/permissions", new { permissions = new[] { "ViewUsers", "ManageOwnAccessTokens", "PublishAnnouncements" } });
        Assert.Equal(HttpStatusCode.OK, granted.StatusCode);

        Assert.Equal(HttpStatusCode.Created, (await auditor.PostAsJsonAsync("/api/announcements", announcement)).StatusCode);
        var permissions = await (await admin.GetAsync("/api/identity/permissions")).ReadAsync<Permission[]>();
        Assert.Equal(["Administrator", "Auditor"], permissions.Single(p => p.Name == "PublishAnnouncements").Roles);
        Assert.Contains(permissions, p => p.Name == "ManageFeatures" && p.Category == "Management");
    }

    [Fact]
    public async Task Bad_grant_edits_are_problems_naming_the_field_and_administrator_grants_are_fixed()
    {
        await using var store = TestStore.Create(Commerce.Data.DatabaseProvider.Sqlite);
        await using var host = new TestHost(store);
        var admin = host.Admin();

        var unknown = await admin.PutAsJsonAsync("/api/identity/roles/Auditor/permissions", new { permissions = new[] { "FlyToTheMoon" } });
        var administrator = await admin.PutAsJsonAsync("/api/identity/roles/Administrator/permissions", new { permissions = Array.Empty<string>() });
        var noRole = await admin.PutAsJsonAsync("/api/identity/roles/Nobody/permissions", new { permissions = Array.Empty<string>() });
        var badRole = await admin.PostAsJsonAsync("/api/identity/roles", new { name = "1 bad" });
        var created = await admin.PostAsJsonAsync("/api/identity/roles", new { name = "TeaBuyer" });

        Assert.Equal(["permissions"], (await unknown.ProblemAsync()).Fields);
        Assert.Equal(HttpStatusCode.Conflict, administrator.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, noRole.StatusCode);
        Assert.Equal(["name"], (await badRole.ProblemAsync()).Fields);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Contains("TeaBuyer", await admin.GetStringAsync("/api/identity/roles"));
        Assert.Empty((await (await admin.GetAsync("/api/identity/roles/TeaBuyer/permissions")).ReadAsync<RoleGrants>()).Permissions);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_disabled_features_permissions_disappear_and_return_with_their_grants(string provider)
    {
        await using var store = TestStore.Create(provider);
        await using var host = new TestHost(store);
        var admin = host.Admin();
        await admin.CreateUserAsync("qian", "MerchantStaff");
        await admin.PutAsJsonAsync("/api/identity/roles/MerchantStaff/permissions", new { permissions = new[] { "PublishAnnouncements", "ManageOwnAccessTokens" } });

        Assert.Equal(HttpStatusCode.OK, (await admin.ToggleAsync("Commerce.Announcements", "disable")).StatusCode);
        var whileDisabled = await (await admin.GetAsync("/api/identity/permissions")).ReadAsync<Permission[]>();
        Assert.DoesNotContain(whileDisabled, p => p.Name == "PublishAnnouncements");
        Assert.Equal(["ManageOwnAccessTokens"], (await (await admin.GetAsync("/api/identity/roles/MerchantStaff/permissions")).ReadAsync<RoleGrants>()).Permissions);
        // Editing the role while the feature is off leaves the stored grant alone.
        await admin.PutAsJsonAsync("/api/identity/roles/MerchantStaff/permissions", new { permissions = new[] { "ManageOwnAccessTokens" } });

        Assert.Equal(HttpStatusCode.OK, (await admin.ToggleAsync("Commerce.Announcements", "enable")).StatusCode);
        var staff = await (await admin.GetAsync("/api/identity/roles/MerchantStaff/permissions")).ReadAsync<RoleGrants>();
        Assert.Contains("PublishAnnouncements", staff.Permissions);
        var user = host.Visitor();
        await user.SignInAsync("qian");
        Assert.Equal(HttpStatusCode.Created, (await user.PostAsJsonAsync("/api/announcements", new { title = "Back again" })).StatusCode);
    }

    [Fact]
    public async Task Only_administrators_give_the_administrator_role()
    {
        await using var store = TestStore.Create(Commerce.Data.DatabaseProvider.Sqlite);
        await using var host = new TestHost(store);
        var admin = host.Admin();
        await admin.PostAsJsonAsync("/api/identity/roles", new { name = "UserManager" });
        await admin.PutAsJsonAsync("/api/identity/roles/UserManager/permissions", new { permissions = new[] { "ManageUsers", "ViewUsers" } });
        await admin.CreateUserAsync("sun", "UserManager");
        var manager = host.Visitor();
        await manager.SignInAsync("sun");

        var staff = await manager.PostAsJsonAsync("/api/identity/users", new { userName = "li", email = "li@example.test", password = IdentityClient.Password, roles = new[] { "MerchantStaff" } });
        var escalation = await manager.PostAsJsonAsync("/api/identity/users", new { userName = "zhou", email = "zhou@example.test", password = IdentityClient.Password, roles = new[] { "Administrator" } });

        Assert.Equal(HttpStatusCode.Created, staff.StatusCode);
        Assert.Equal(["roles"], (await escalation.ProblemAsync()).Fields);
    }
}
