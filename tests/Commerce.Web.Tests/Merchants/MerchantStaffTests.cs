using System.Net;
using System.Net.Http.Json;
using Commerce.Web.Tests.Infrastructure;
using static Commerce.Web.Tests.Merchants.MerchantsClient;

namespace Commerce.Web.Tests.Merchants;

/// <summary>Staff: added by e-mail or invited, acting with the merchant permissions the owner handed them, within the grade.</summary>
public sealed class MerchantStaffTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_owner_adds_staff_who_act_only_with_the_permissions_granted(string provider)
    {
        await using var store = TestStore.Create(provider);
        await using var host = new TestHost(store);
        var admin = host.Admin();
        var lin = await admin.CreateUserAsync("lin");
        var wang = await admin.CreateUserAsync("wang");
        var merchant = await host.RegisterAsync(Guid.NewGuid(), lin.Id);
        var owner = host.Visitor();
        await owner.SignInAsync("lin");

        var added = await owner.PostAsJsonAsync($"/api/merchants/{merchant.Id}/staff", new { email = "wang@example.test", permissions = new[] { "ViewSettlement" } });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var staff = host.Visitor();
        await staff.SignInAsync("wang");
        var current = await staff.GetMerchantAsync(merchant.Id);
        var shopEdit = new { name = "Wuyi Tea House", type = "flagship", description = "New season.", categories = new[] { "tea" }, brands = Array.Empty<string>(), version = current.Version };

        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PutAsJsonAsync($"/api/merchants/{merchant.Id}/shop", shopEdit)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostAsJsonAsync($"/api/merchants/{merchant.Id}/staff", new { email = "lin@example.test" })).StatusCode);
        var granted = await owner.PutAsJsonAsync($"/api/merchants/{merchant.Id}/staff/{wang.Id}/permissions", new { permissions = new[] { "ViewSettlement", "ManageShop" } });
        Assert.Equal(HttpStatusCode.OK, granted.StatusCode);
        var edited = await staff.PutAsJsonAsync($"/api/merchants/{merchant.Id}/shop", shopEdit);
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal("New season.", (await edited.ReadAsync<Merchant>()).Shop.Description);

        var members = await (await owner.GetAsync($"/api/merchants/{merchant.Id}/staff")).ReadAsync<Member[]>();
        Assert.Equal([(lin.Id, true), (wang.Id, false)], members.Select(m => (m.UserId, m.IsOwner)));
        Assert.Equal(["ManageShop", "ViewSettlement"], members[1].Permissions);
        Assert.Equal(HttpStatusCode.NoContent, (await owner.DeleteAsync($"/api/merchants/{merchant.Id}/staff/{wang.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync($"/api/merchants/{merchant.Id}")).StatusCode);
        Assert.Equal(["userId"], (await (await owner.DeleteAsync($"/api/merchants/{merchant.Id}/staff/{lin.Id}")).ProblemAsync()).Fields);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_invitation_is_accepted_once_by_the_invited_address(string provider)
    {
        await using var store = TestStore.Create(provider);
        await using var host = new TestHost(store);
        var admin = host.Admin();
        var lin = await admin.CreateUserAsync("lin");
        var merchant = await host.RegisterAsync(Guid.NewGuid(), lin.Id);
        var owner = host.Visitor();
        await owner.SignInAsync("lin");

        var invited = await owner.PostAsJsonAsync($"/api/merchants/{merchant.Id}/invitations", new { email = "Zhao@Example.test", permissions = new[] { "ManageProducts" } });
        Assert.Equal(HttpStatusCode.Created, invited.StatusCode);
        var invitation = await invited.ReadAsync<Invitation>();
        Assert.Equal("zhao@example.test", invitation.Email);
        Assert.NotNull(invitation.Token);
        var open = await (await owner.GetAsync($"/api/merchants/{merchant.Id}/invitations")).ReadAsync<Invitation[]>();
        Assert.Null(Assert.Single(open).Token); // shown once, never listed

        await admin.CreateUserAsync("qian");
        var stranger = host.Visitor();
        await stranger.SignInAsync("qian");
        Assert.Equal(["token"], (await (await stranger.PostAsJsonAsync("/api/merchants/invitations/accept", new { token = invitation.Token })).ProblemAsync()).Fields);

        var zhao = await admin.CreateUserAsync("zhao");
        var invitee = host.Visitor();
        await invitee.SignInAsync("zhao");
        Assert.Equal(HttpStatusCode.OK, (await invitee.PostAsJsonAsync("/api/merchants/invitations/accept", new { token = invitation.Token })).StatusCode);
        Assert.Equal(["token"], (await (await invitee.PostAsJsonAsync("/api/merchants/invitations/accept", new { token = invitation.Token })).ProblemAsync()).Fields);

        var mine = await (await invitee.GetAsync("/api/merchants/mine")).ReadAsync<Membership[]>();
        Assert.Equal([(merchant.Id, false)], mine.Select(m => (m.MerchantId, m.IsOwner)));
        Assert.Equal(["ManageProducts"], mine[0].Permissions);
        Assert.Empty(await (await owner.GetAsync($"/api/merchants/{merchant.Id}/invitations")).ReadAsync<Invitation[]>());
        Assert.Contains(zhao.Id, await owner.GetStringAsync($"/api/merchants/{merchant.Id}/staff"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Permissions_and_staff_stay_within_the_grade(string provider)
    {
        await using var store = TestStore.Create(provider);
        await using var host = new TestHost(store);
        var admin = host.Admin();
        var basic = await admin.PostAsJsonAsync("/api/merchants/grades", new
        {
            id = "basic", name = "Basic", isDefault = false, maxCategories = 2, maxStaff = 1, maxProducts = 100,
            permissions = new[] { "ManageShop", "ManageStaff" }, depositAmount = 1000m, depositCurrency = "CNY",
        });
        Assert.Equal(HttpStatusCode.Created, basic.StatusCode);
        var lin = await admin.CreateUserAsync("lin");
        await admin.CreateUserAsync("wang");
        await admin.CreateUserAsync("zhao");
        var merchant = await host.RegisterAsync(Guid.NewGuid(), lin.Id, gradeId: "basic");
        var owner = host.Visitor();
        await owner.SignInAsync("lin");

        var beyondGrade = await owner.PostAsJsonAsync($"/api/merchants/{merchant.Id}/staff", new { email = "wang@example.test", permissions = new[] { "ViewSettlement" } });
        var withinGrade = await owner.PostAsJsonAsync($"/api/merchants/{merchant.Id}/staff", new { email = "wang@example.test", permissions = new[] { "ManageShop" } });
        var overLimit = await owner.PostAsJsonAsync($"/api/merchants/{merchant.Id}/staff", new { email = "zhao@example.test", permissions = Array.Empty<string>() });

        Assert.Equal(["permissions"], (await beyondGrade.ProblemAsync()).Fields);
        Assert.Equal(HttpStatusCode.Created, withinGrade.StatusCode);
        Assert.Equal(["email"], (await overLimit.ProblemAsync()).Fields);
        var mine = await (await owner.GetAsync("/api/merchants/mine")).ReadAsync<Membership[]>();
        Assert.Equal(["ManageShop", "ManageStaff"], mine[0].Permissions); // the owner holds what the grade allows

        // A merchant with three categories cannot move to a grade allowing two.
        var standard = await admin.CreateMerchantAsync("zhao@example.test", "Three Teas");
        var shop = new { name = "Three Teas", type = "specialty", description = "", categories = new[] { "tea", "teaware", "snacks" }, brands = Array.Empty<string>(), version = standard.Version };
        var widened = await (await admin.PutAsJsonAsync($"/api/merchants/{standard.Id}/shop", shop)).ReadAsync<Merchant>();
        var downgrade = await admin.PutAsJsonAsync($"/api/merchants/{standard.Id}/grade", new { gradeId = "basic", reason = "Smaller shop", version = widened.Version });
        var upgrade = await admin.PutAsJsonAsync($"/api/merchants/{standard.Id}/grade", new { gradeId = "flagship", reason = "Brand owner", version = widened.Version });

        Assert.Equal(["gradeId"], (await downgrade.ProblemAsync()).Fields);
        Assert.Equal("flagship", (await upgrade.ReadAsync<Merchant>()).GradeId);
    }
}
