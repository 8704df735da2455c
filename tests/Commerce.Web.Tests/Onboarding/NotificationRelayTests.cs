using System.Net;
using System.Text.Json;
using Commerce.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Commerce.Web.Tests.Onboarding.Onboarding;

namespace Commerce.Web.Tests.Onboarding;

/// <summary>
/// Every transition reaches the applicant once, in the inbox and by e-mail, through onboarding's event consumer; also
/// when notifications were off at the time (the consumer waits for them).
/// </summary>
public sealed class NotificationRelayTests
{
    private static async Task<string[]> InboxAsync(HttpClient applicant)
    {
        var inbox = await GetAsync(applicant, "api/notifications");
        return [.. inbox.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("subject").GetString()!).Reverse()];
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Transitions_reach_the_applicant_once_and_those_made_while_notifications_were_off_arrive_when_they_are_back(string provider)
    {
        var clock = new TestClock();
        await using var store = TestStore.Create(provider);
        await using var host = new TestHost(store) { ConfigureTestServices = s => s.AddSingleton<TimeProvider>(clock) };
        var admin = host.Admin();
        await UseShortStepsAsync(admin);
        var applicant = await ApplicantAsync(host);
        var auditor = await AuditorAsync(host);

        var application = await SubmitAsync(applicant, await FillShortStepsAsync(applicant, await StartAsync(applicant)));
        await host.DrainEventsAsync();
        Assert.Equal(["Your shop application: Submitted"], await InboxAsync(applicant));
        var inboxItem = (await GetAsync(applicant, "api/notifications")).GetProperty("items")[0];
        Assert.Equal(("/apply/progress", "Commerce.Onboarding"), (inboxItem.GetProperty("link").GetString(), inboxItem.GetProperty("source").GetString()));

        // With notifications off, the notices consumer waits at its cursor while the events stay in the stream…
        Assert.Equal(HttpStatusCode.OK, (await admin.ToggleAsync("Commerce.Notifications", "disable")).StatusCode);
        var reviewed = await ReviewAsync(auditor, application);
        await PostOkAsync(auditor, $"api/onboarding/audit/{Id(reviewed)}/reject", new { version = Version(reviewed), reason = "Not a food company" });
        await host.DrainEventsAsync();
        var consumers = await GetAsync(admin, "api/events/consumers");
        var notices = consumers.GetProperty("consumers").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "Onboarding.Notices");
        Assert.True(notices.GetProperty("paused").GetBoolean());
        Assert.Equal(2, notices.GetProperty("lag").GetInt64());

        // …and catches up once notifications are back, each transition once.
        Assert.Equal(HttpStatusCode.OK, (await admin.ToggleAsync("Commerce.Notifications", "enable")).StatusCode);
        await host.DrainEventsAsync();
        var subjects = await InboxAsync(applicant);
        Assert.Equal(["Your shop application: Submitted", "Your shop application: Under review", "Your shop application: Rejected"], subjects);
        var rejected = (await GetAsync(applicant, "api/notifications")).GetProperty("items")[0];
        Assert.Contains("Reason: Not a food company", rejected.GetProperty("body").GetString());

        clock.Advance(TimeSpan.FromSeconds(6));
        await host.RunJobsAsync(); // the e-mail job
        Assert.Equal(3, (await InboxAsync(applicant)).Length);
        var mail = Path.Combine(store.DataPath, "Sites", "Default", "mail");
        Assert.True(Directory.Exists(mail));
        var messages = Directory.GetFiles(mail, "*.eml").Select(File.ReadAllText).ToList();
        Assert.Equal(3, messages.Count(m => m.Contains("applicant@example.test", StringComparison.Ordinal) && m.Contains("Your shop application", StringComparison.Ordinal)));
    }
}
