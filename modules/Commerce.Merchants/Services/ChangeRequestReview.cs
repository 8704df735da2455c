using Commerce.Events;
using Commerce.Merchants.Data;
using Commerce.Merchants.Domain;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Merchants.Services;

/// <summary>An admin's review of a merchant's company change: approval applies it to the merchant, in one save.</summary>
internal sealed class ChangeRequestReview(MerchantsDbContext db, MerchantNotices notices, TimeProvider clock)
{
    public async Task<List<CompanyChangeRequest>> ListAsync(Guid? merchantId, ChangeRequestStatus? status, CancellationToken cancellationToken)
    {
        var query = db.ChangeRequests.AsNoTracking();
        if (merchantId is { } id)
        {
            query = query.Where(r => r.MerchantId == id);
        }

        if (status is { } s)
        {
            query = query.Where(r => r.Status == s);
        }

        return await query.OrderByDescending(r => r.Id).Take(200).ToListAsync(cancellationToken);
    }

    /// <summary>Approves or rejects; null when there is no such request.</summary>
    public async Task<CompanyChangeRequest?> ReviewAsync(Guid requestId, bool approve, string? note, string reviewerUserId, CancellationToken cancellationToken)
    {
        var request = await db.ChangeRequests.FirstOrDefaultAsync(r => r.Id == requestId, cancellationToken);
        if (request is null)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var merchant = await db.Merchants.Include(m => m.Restrictions).FirstAsync(m => m.Id == request.MerchantId, cancellationToken);
        if (approve)
        {
            request.Approve(merchant, reviewerUserId, note, now);
            db.StageEvent(new MerchantChanged(merchant.Id, MerchantChanges.Company, merchant.Version), now);
        }
        else
        {
            request.Reject(reviewerUserId, note, now);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new MerchantConflictException();
        }

        await notices.ChangeReviewedAsync(request, merchant, cancellationToken);
        return request;
    }
}
