using Commerce.Merchants.Data;
using Commerce.Security;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Merchants.Services;

/// <summary>
/// Keeps the identity feature's view of a merchant's people in step with the member rows: the membership claim
/// and the MerchantOwner or MerchantStaff role. Every call is idempotent, so a retried registration repairs what a
/// crash between the two databases' writes left undone.
/// </summary>
internal sealed class MerchantPeople(MerchantsDbContext db, IUserDirectory directory)
{
    public async Task JoinAsync(string userId, Guid merchantId, bool isOwner, CancellationToken cancellationToken)
    {
        await directory.AddMerchantMembershipAsync(userId, merchantId, cancellationToken);
        await directory.AddToRoleAsync(userId, isOwner ? RoleNames.MerchantOwner : RoleNames.MerchantStaff, cancellationToken);
    }

    /// <summary>Removes the membership, and the staff role once the user is nobody's staff any more.</summary>
    public async Task LeaveAsync(string userId, Guid merchantId, CancellationToken cancellationToken)
    {
        await directory.RemoveMerchantMembershipAsync(userId, merchantId, cancellationToken);
        if (!await db.Members.AnyAsync(m => m.UserId == userId && !m.IsOwner, cancellationToken))
        {
            await directory.RemoveFromRoleAsync(userId, RoleNames.MerchantStaff, cancellationToken);
        }
    }
}
