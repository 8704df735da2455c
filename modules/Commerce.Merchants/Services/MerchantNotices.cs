using Commerce.Merchants.Domain;
using Commerce.Notifications;
using Commerce.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Merchants.Services;

/// <summary>
/// Tells a merchant's owner what the platform decided: a status change or restriction, a reviewed company change.
/// Through the notifications outbox when that feature is on (keyed by the history entry or the review, so a retry
/// sends nothing twice); in the owner's language when it has one.
/// </summary>
internal sealed class MerchantNotices(IServiceProvider services, IUserDirectory users)
{
    private const string Source = "Commerce.Merchants";

    public async Task StatusChangedAsync(Merchant merchant, CancellationToken cancellationToken)
    {
        if (services.GetService<INotificationOutbox>() is not { } outbox)
        {
            return;
        }

        var zh = await ChineseAsync(merchant.OwnerUserId, cancellationToken);
        var status = Names(merchant.Status, zh);
        var restricted = merchant.RestrictedCategories.Count == 0 ? "" : (zh ? "\n受限类目：" : "\nRestricted categories: ") + string.Join(", ", merchant.RestrictedCategories);
        await outbox.EnqueueAsync(
            new Notification(
                $"merchants:{merchant.Id}:history:{merchant.HistoryCount}",
                merchant.OwnerUserId,
                zh ? $"店铺「{merchant.ShopName}」状态：{status}" : $"{merchant.ShopName} is now {status}",
                (zh ? "原因：" : "Reason: ") + merchant.StatusReason + restricted,
                "/merchant",
                Source),
            cancellationToken);
    }

    public async Task ChangeReviewedAsync(CompanyChangeRequest request, Merchant merchant, CancellationToken cancellationToken)
    {
        if (services.GetService<INotificationOutbox>() is not { } outbox)
        {
            return;
        }

        var zh = await ChineseAsync(merchant.OwnerUserId, cancellationToken);
        var approved = request.Status == ChangeRequestStatus.Approved;
        await outbox.EnqueueAsync(
            new Notification(
                $"merchants:change-request:{request.Id}",
                merchant.OwnerUserId,
                zh ? (approved ? "公司信息变更已通过" : "公司信息变更被驳回") : (approved ? "Your company change is approved" : "Your company change is rejected"),
                request.ReviewNote ?? "",
                "/merchant",
                Source),
            cancellationToken);
    }

    private async Task<bool> ChineseAsync(string userId, CancellationToken cancellationToken)
        => (await users.FindAsync(userId, cancellationToken))?.Culture?.StartsWith("zh", StringComparison.OrdinalIgnoreCase) == true;

    private static string Names(MerchantStatus status, bool zh) => !zh ? status.ToString().ToLowerInvariant() : status switch
    {
        MerchantStatus.Pending => "待开通",
        MerchantStatus.Active => "正常营业",
        MerchantStatus.Restricted => "类目受限",
        MerchantStatus.Suspended => "已暂停",
        _ => "已关闭",
    };
}
