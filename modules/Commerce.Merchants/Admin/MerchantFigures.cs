using Commerce.Display;
using Commerce.Merchants.Data;
using Commerce.Merchants.Domain;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Merchants.Admin;

/// <summary>On the admin dashboard: how many merchants trade, and how many company changes wait for review.</summary>
internal sealed class MerchantFigures(MerchantsDbContext db) : IDashboardFigureProvider
{
    public async Task<IEnumerable<DashboardFigure>> GetFiguresAsync(CancellationToken cancellationToken = default)
    {
        var trading = await db.Merchants.LongCountAsync(m => m.Status == MerchantStatus.Active || m.Status == MerchantStatus.Restricted, cancellationToken);
        var waiting = await db.ChangeRequests.LongCountAsync(r => r.Status == ChangeRequestStatus.Pending, cancellationToken);
        return
        [
            new DashboardFigure("Trading merchants", trading, "/admin/merchants?status=active", 20, MerchantsPermissions.ViewMerchants.Name),
            new DashboardFigure("Change requests to review", waiting, "/admin/merchants/change-requests", 21, MerchantsPermissions.ViewMerchants.Name),
        ];
    }
}
