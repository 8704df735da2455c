using System.Net;
using System.Net.Http.Json;
using Commerce.Notifications;
using Commerce.Notifications.Api;
using Commerce.Security;
using Commerce.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Web.Tests.Notifications;

/// <summary>
/// The notifications outbox: idempotent by key, in the recipient's inbox at once, e-mailed exactly once even when two
/// host processes dispatch at the same moment, and on the job's interval.
/// </summary>
public sealed class NotificationsTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_notification_reaches_the_inbox_and_is_emailed_once_by_two_hosts(string provider)
    {
        var clock = new TestClock();
        await using var store = TestStore.Create(provider);
        await using var first = new TestHost(store) { ConfigureTestServices = s => s.AddSingleton<TimeProvider>(clock) };
        var lin = await first.Admin().CreateUserAsync("lin");
        await first.Admin().CreateUserAsync("wu");
        await using var second = new TestHost(store) { ConfigureTestServices = s => s.AddSingleton<TimeProvider>(clock) };
        _ = second.Visitor(); // start the second process on the same data

        var notification = new Notification("test:welcome:1", lin.Id, "Application received", "We will review it within 3 days.", "/apply", "Tests");
        Assert.True(await first.InShellAsync(sp => sp.GetRequiredService<INotificationOutbox>().EnqueueAsync(notification)));
        Assert.False(await second.InShellAsync(sp => sp.GetRequiredService<INotificationOutbox>().EnqueueAsync(notification with { Subject = "again" })));

        var user = first.Visitor();
        await user.SignInAsync("lin");
        var inbox = await (await user.GetAsync("/api/notifications")).ReadAsync<InboxDto>();
        Assert.Equal(1, inbox.Unread);
        Assert.Equal(("Application received", "/apply"), (inbox.Items.Single().Subject, inbox.Items.Single().Link));

        var runs = await Task.WhenAll(first.RunJobsAsync(), second.RunJobsAsync());
        Assert.Equal(1, runs.Count(r => r.Contains("Notifications.Email")));
        var mail = Directory.GetFiles(Path.Combine(store.DataPath, "Sites", "Default", "mail"), "*.eml");
        var message = await File.ReadAllTextAsync(Assert.Single(mail));
        Assert.Contains("To: lin@example.test", message);
        Assert.Contains("Subject: Application received", message);
        Assert.Contains("We will review it within 3 days.", message);

        Assert.DoesNotContain("Notifications.Email", await first.RunJobsAsync()); // not due again yet
        clock.Advance(TimeSpan.FromSeconds(6));
        Assert.Contains("Notifications.Email", await second.RunJobsAsync());
        Assert.Single(Directory.GetFiles(Path.Combine(store.DataPath, "Sites", "Default", "mail"), "*.eml"));

        var other = first.Visitor();
        await other.SignInAsync("wu");
        Assert.Empty((await (await other.GetAsync("/api/notifications")).ReadAsync<InboxDto>()).Items);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync($"/api/notifications/{inbox.Items[0].Id}/read", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await user.PostAsync($"/api/notifications/{inbox.Items[0].Id}/read", null)).StatusCode);
        Assert.Equal(0, (await (await user.GetAsync("/api/notifications")).ReadAsync<InboxDto>()).Unread);
        Assert.Equal(HttpStatusCode.Unauthorized, (await first.Visitor().GetAsync("/api/notifications")).StatusCode);
    }

    [Fact]
    public async Task The_inbox_page_lists_notifications_and_marks_them_read()
    {
        await using var store = TestStore.Create(Commerce.Data.DatabaseProvider.Sqlite);
        await using var host = new TestHost(store);
        var user = await host.Admin().CreateUserAsync("zhao");
        await host.InShellAsync(sp => sp.GetRequiredService<INotificationOutbox>().EnqueueAsync(
            new Notification("test:page:1", user.Id, "资质即将到期", "食品经营许可证将于 30 天后到期。", null, "Tests")));
        var browser = PageForms.Browser(host);
        await browser.SignInWithFormAsync("zhao", IdentityClient.Password);

        var page = await browser.GetStringAsync("/account/notifications");
        Assert.Contains("资质即将到期", page);
        Assert.Contains("1 unread", page);
        var response = await browser.PostAsync("/account/notifications/read-all", PageForms.Form(page, []));
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.DoesNotContain("unread</p>", await browser.GetStringAsync("/account/notifications"));
        Assert.Equal(0, (await (await browser.GetAsync("/api/notifications")).ReadAsync<InboxDto>()).Unread);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_user_directory_keeps_merchant_memberships_and_roles(string provider)
    {
        await using var store = TestStore.Create(provider);
        await using var host = new TestHost(store);
        var owner = await host.Admin().CreateUserAsync("owner");
        var staff = await host.Admin().CreateUserAsync("staff");
        var merchant = Guid.NewGuid();

        await host.InShellAsync(async sp =>
        {
            var users = sp.GetRequiredService<IUserDirectory>();
            await users.AddMerchantMembershipAsync(owner.Id, merchant);
            await users.AddMerchantMembershipAsync(owner.Id, merchant); // twice is once
            await users.AddMerchantMembershipAsync(staff.Id, merchant);
            await users.AddToRoleAsync(owner.Id, RoleNames.MerchantOwner);
            await users.RemoveMerchantMembershipAsync(staff.Id, merchant);
            return 0;
        });

        var (members, ownerIsMember, staffIsMember, byEmail) = await host.InShellAsync(async sp =>
        {
            var users = sp.GetRequiredService<IUserDirectory>();
            return (await users.MerchantMembersAsync(merchant), await users.IsMerchantMemberAsync(owner.Id, merchant),
                await users.IsMerchantMemberAsync(staff.Id, merchant), await users.FindByEmailAsync("owner@example.test"));
        });
        Assert.Equal("owner@example.test", Assert.Single(members).Email);
        Assert.True(ownerIsMember);
        Assert.False(staffIsMember);
        Assert.Equal(owner.Id, byEmail?.Id);
        var listed = await (await host.Admin().GetAsync("/api/identity/users")).ReadAsync<IdentityClient.User[]>();
        Assert.Contains(RoleNames.MerchantOwner, listed.Single(u => u.Id == owner.Id).Roles);
    }

    [Fact]
    public async Task With_an_smtp_relay_configured_mail_goes_through_it_with_the_notification_id()
    {
        await using var relay = new SmtpSink();
        await using var store = TestStore.Create(Commerce.Data.DatabaseProvider.Sqlite);
        await using var host = new TestHost(store, new Dictionary<string, string?>
        {
            ["Commerce:Mail:Smtp:Host"] = "127.0.0.1",
            ["Commerce:Mail:Smtp:Port"] = relay.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Commerce:Mail:Smtp:Security"] = "None",
            ["Commerce:Mail:Smtp:From"] = "no-reply@market.example",
        });
        var user = await host.Admin().CreateUserAsync("qian");
        await host.InShellAsync(sp => sp.GetRequiredService<INotificationOutbox>().EnqueueAsync(
            new Notification("test:smtp:1", user.Id, "Documents verified", "Your business licence was verified.", null, "Tests")));

        Assert.Contains("Notifications.Email", await host.RunJobsAsync());

        var (recipients, data) = Assert.Single(relay.Messages);
        Assert.Equal(["qian@example.test"], recipients);
        Assert.Contains("Subject: Documents verified", data);
        Assert.Contains("Your business licence was verified.", data);
        Assert.Matches("Message-Id: <[0-9a-f]{32}@market.example>", data);
        Assert.False(Directory.Exists(Path.Combine(store.DataPath, "Sites", "Default", "mail")));
    }
}
