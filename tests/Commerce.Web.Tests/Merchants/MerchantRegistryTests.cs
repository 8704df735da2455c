using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Commerce.Events;
using Commerce.Merchants;
using Commerce.Qualifications;
using Commerce.Security;
using Commerce.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Commerce.Web.Tests.Merchants.MerchantsClient;

namespace Commerce.Web.Tests.Merchants;

/// <summary>The registry as onboarding uses it, the grades the default recipe seeds, and the qualification restriction event.</summary>
public sealed class MerchantRegistryTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Registering_is_idempotent_per_application_and_the_owner_gets_membership_role_and_permissions(string provider)
    {
        await using var store = TestStore.Create(provider);
        await using var host = new TestHost(store);
        var admin = host.Admin();
        var lin = await admin.CreateUserAsync("lin", "Applicant");
        var applicationId = Guid.NewGuid();

        var first = await host.RegisterAsync(applicationId, lin.Id);
        var again = await host.RegisterAsync(applicationId, lin.Id);

        Assert.Equal(first.Id, again.Id);
        Assert.Equal((MerchantStatus.Active, "standard"), (first.Status, first.GradeId));
        var list = await (await admin.GetAsync("/api/merchants")).ReadAsync<Page<Summary>>();
        Assert.Equal(1, list.Total);
        Assert.True(await host.InShellAsync(s => s.GetRequiredService<IUserDirectory>().IsMerchantMemberAsync(lin.Id, first.Id)));

        var owner = host.Visitor();
        await owner.SignInAsync("lin");
        var me = await (await owner.GetAsync("/api/identity/me")).ReadAsync<IdentityClient.Me>();
        Assert.Contains(RoleNames.MerchantOwner, me.Roles);
        var mine = await (await owner.GetAsync("/api/merchants/mine")).ReadAsync<Membership[]>();
        var membership = Assert.Single(mine);
        Assert.Equal((first.Id, true), (membership.MerchantId, membership.IsOwner));
        Assert.Equal(["ManageShop", "ManageStaff", "ViewSettlement", "ManageProducts"], membership.Permissions);
        var history = await (await owner.GetAsync($"/api/merchants/{first.Id}/history")).ReadAsync<History[]>();
        Assert.Equal("created", Assert.Single(history).Kind);

        // Bad registrations are argument errors naming the fields, and leave nothing behind.
        var unknownOwner = await Assert.ThrowsAnyAsync<ArgumentException>(() => host.RegisterAsync(Guid.NewGuid(), "no-such-user"));
        Assert.Contains("ownerUserId", unknownOwner.Message);
        var unknownGrade = await Assert.ThrowsAnyAsync<ArgumentException>(() => host.RegisterAsync(Guid.NewGuid(), lin.Id, gradeId: "platinum"));
        Assert.Contains("gradeId", unknownGrade.Message);
        Assert.Equal(1, (await (await admin.GetAsync("/api/merchants")).ReadAsync<Page<Summary>>()).Total);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Simultaneous_registrations_of_one_application_make_one_merchant(string provider)
    {
        await using var store = TestStore.Create(provider);
        await using var host = new TestHost(store);
        var admin = host.Admin();
        var lin = await admin.CreateUserAsync("lin");
        var applicationId = Guid.NewGuid();

        var merchants = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => host.RegisterAsync(applicationId, lin.Id)));

        Assert.Single(merchants.Select(m => m.Id).Distinct());
        Assert.Equal(1, (await (await admin.GetAsync("/api/merchants")).ReadAsync<Page<Summary>>()).Total);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_default_recipe_seeds_a_default_standard_grade_and_a_flagship_grade(string provider)
    {
        await using var store = TestStore.Create(provider);
        await using var host = new TestHost(store);

        var grades = await host.InShellAsync(s => s.GetRequiredService<IMerchantRegistry>().GradesAsync());

        Assert.Equal(["standard", "flagship"], grades.Select(g => g.Id));
        Assert.Equal([true, false], grades.Select(g => g.IsDefault));
        Assert.Equal((50000m, "CNY"), (grades[1].DepositAmount, grades[1].Currency));

        var openApi = await host.Admin().GetStringAsync("/openapi/v1.json");
        Assert.Contains("\"/api/merchants/{id}/status\"", openApi);
        Assert.Contains("\"/api/merchants/invitations/accept\"", openApi);
        Assert.DoesNotContain("\"/admin/merchants", openApi);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_qualification_restriction_restricts_the_categories_with_its_reason_and_lifting_it_reactivates(string provider)
    {
        await using var store = TestStore.Create(provider);
        await using var host = new TestHost(store);
        var admin = host.Admin();
        var lin = await admin.CreateUserAsync("lin");
        var merchant = await host.RegisterAsync(Guid.NewGuid(), lin.Id);

        await host.StageEventAsync(new QualificationRestrictionChanged(merchant.Id, ["tea"], "The food business licence expired."));
        var restricted = await admin.GetMerchantAsync(merchant.Id);
        await host.StageEventAsync(new QualificationRestrictionChanged(merchant.Id, [], "The food business licence was verified."));
        var lifted = await admin.GetMerchantAsync(merchant.Id);

        Assert.Equal("restricted", restricted.Status);
        Assert.Equal([new Restriction("tea", "qualifications", "The food business licence expired.")], restricted.Restrictions);
        Assert.Equal(("active", 0), (lifted.Status, lifted.Restrictions.Length));
        var history = await (await admin.GetAsync($"/api/merchants/{merchant.Id}/history")).ReadAsync<History[]>();
        Assert.Equal(
            [("restriction", "active", "restricted", "The food business licence expired."), ("restriction", "restricted", "active", "The food business licence was verified.")],
            history.Skip(1).Select(h => (h.Kind, h.From, h.To, h.Reason)));
        Assert.Equal(["tea"], history[1].RestrictedCategories);

        // The owner hears of both, in the inbox (and by e-mail through the notifications feature).
        var owner = host.Visitor();
        await owner.SignInAsync("lin");
        using var inbox = JsonDocument.Parse(await owner.GetStringAsync("/api/notifications"));
        var subjects = inbox.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("subject").GetString()).ToList();
        Assert.Equal(["Wuyi Tea House is now active", "Wuyi Tea House is now restricted"], subjects);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Status_changes_follow_the_state_machine_each_with_a_reason_and_a_history_entry(string provider)
    {
        await using var store = TestStore.Create(provider);
        await using var host = new TestHost(store);
        var admin = host.Admin();
        await admin.CreateUserAsync("lin");
        var merchant = await admin.CreateMerchantAsync("lin@example.test");
        Assert.Equal(("pending", 1), (merchant.Status, merchant.Version));

        var noReason = await admin.ChangeStatusAsync(merchant.Id, "active", " ", 1);
        var skipping = await admin.ChangeStatusAsync(merchant.Id, "suspended", "Fraud", 1);
        var activated = await (await admin.ChangeStatusAsync(merchant.Id, "active", "Deposit received", 1)).ReadAsync<Merchant>();
        var noCategories = await admin.ChangeStatusAsync(merchant.Id, "restricted", "Complaints", activated.Version);
        var restricted = await (await admin.ChangeStatusAsync(merchant.Id, "restricted", "Complaints about teaware", activated.Version, "teaware")).ReadAsync<Merchant>();
        var suspended = await (await admin.ChangeStatusAsync(merchant.Id, "suspended", "Unpaid deposit", restricted.Version)).ReadAsync<Merchant>();
        var closed = await (await admin.ChangeStatusAsync(merchant.Id, "closed", "Left the marketplace", suspended.Version)).ReadAsync<Merchant>();
        var reopened = await admin.ChangeStatusAsync(merchant.Id, "active", "Came back", closed.Version);

        Assert.Equal(["reason"], (await noReason.ProblemAsync()).Fields);
        Assert.Equal(["status"], (await skipping.ProblemAsync()).Fields);
        Assert.Equal(["categories"], (await noCategories.ProblemAsync()).Fields);
        Assert.Equal(["status"], (await reopened.ProblemAsync()).Fields);
        Assert.Equal(["active", "restricted", "suspended", "closed"], new[] { activated, restricted, suspended, closed }.Select(m => m.Status));
        var history = await (await admin.GetAsync($"/api/merchants/{merchant.Id}/history")).ReadAsync<History[]>();
        Assert.Equal(
            [
                ("created", "pending", "pending", "Created by the platform."),
                ("status", "pending", "active", "Deposit received"),
                ("status", "active", "restricted", "Complaints about teaware"),
                ("status", "restricted", "suspended", "Unpaid deposit"),
                ("status", "suspended", "closed", "Left the marketplace"),
            ],
            history.Select(h => (h.Kind, h.From, h.To, h.Reason)));
        Assert.Equal(["teaware"], history[2].RestrictedCategories);
    }
}
