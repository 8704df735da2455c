using System.Globalization;
using Commerce.Notifications;
using Commerce.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Qualifications.Services;

/// <summary>
/// Tells the merchant's people what they owe: a notice per requirement that is eventually due, past due or rejected,
/// in each person's language. Sent on every evaluation with a key naming the requirement, its state and deadline,
/// so the outbox keeps one notice per situation and a crash between saving and sending loses nothing.
/// Does nothing while the notifications feature is off.
/// </summary>
internal sealed class MerchantNotices(IServiceProvider services)
{
    public const string Link = "/merchant/qualifications";

    public async Task SendAsync(Guid merchantId, RequirementSet set, CancellationToken cancellationToken)
    {
        var owed = set.Items.Where(i => i.State is RequirementState.EventuallyDue or RequirementState.PastDue or RequirementState.Rejected).ToList();
        if (owed.Count == 0
            || services.GetService<INotificationOutbox>() is not { } outbox
            || services.GetService<IUserDirectory>() is not { } users)
        {
            return;
        }

        var people = await users.MerchantMembersAsync(merchantId, cancellationToken);
        foreach (var item in owed)
        {
            foreach (var person in people)
            {
                var chinese = person.Culture?.StartsWith("zh", StringComparison.OrdinalIgnoreCase) == true;
                var deadline = item.Deadline?.ToString("yyyyMMdd", CultureInfo.InvariantCulture) ?? "none";
                var key = $"qualifications:{merchantId:N}:{item.Key}:{item.State}:{deadline}:{person.Id}";
                await outbox.EnqueueAsync(new Notification(key, person.Id, Subject(item, chinese), Body(item, chinese), Link, "Commerce.Qualifications"), cancellationToken);
            }
        }
    }

    private static string Subject(RequirementItem item, bool chinese)
    {
        var name = item.Alternatives.Count > 0 ? (chinese ? item.Alternatives[0].NameZh : item.Alternatives[0].NameEn) : item.Key;
        if (item.Brand is { } brand)
        {
            name = $"{name} ({brand})";
        }

        return (item.State, chinese) switch
        {
            (RequirementState.EventuallyDue, true) => $"资质即将到期：{name}",
            (RequirementState.EventuallyDue, false) => $"Expiring soon: {name}",
            (RequirementState.PastDue, true) => $"资质已逾期，相关类目已受限：{name}",
            (RequirementState.PastDue, false) => $"Past due, categories restricted: {name}",
            (_, true) => $"资质审核未通过：{name}",
            _ => $"Rejected: {name}",
        };
    }

    private static string Body(RequirementItem item, bool chinese)
    {
        var deadline = item.Deadline?.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture);
        return chinese
            ? $"{item.Reason}{(deadline is null ? "" : $"\n截止时间：{deadline}")}\n涉及类目：{string.Join("、", item.Categories)}"
            : $"{item.Reason}{(deadline is null ? "" : $"\nDeadline: {deadline}")}\nCategories: {string.Join(", ", item.Categories)}";
    }
}
