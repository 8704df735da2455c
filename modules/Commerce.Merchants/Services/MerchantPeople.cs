using Commerce.Merchants.Data;
using Commerce.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Merchants.Services;

/// <summary>
/// Keeps the identity feature's view of a merchant's people in step with the member rows: the membership claim
/// and the MerchantOwner or MerchantStaff role. Every call is idempotent, so a retried registration repairs what a
/// crash between the two databases' writes left undone.
/// </summary>
internal sealed class MerchantPeople(MerchantsDbContext db, IUserDirectory directory, IServiceScopeFactory scopes)
{
    public async Task JoinAsync(string userId, Guid merchantId, bool isOwner, CancellationToken cancellationToken)
    {
        var role = isOwner ? RoleNames.MerchantOwner : RoleNames.MerchantStaff;
        try
        {
            await JoinWithAsync(directory, userId, merchantId, role, cancellationToken);
            return;
        }
        catch (Exception e) when (e is InvalidOperationException or DbUpdateException)
        {
            // A simultaneous retry of the same registration wrote to the user first (the directory checks, then
            // writes). Asking again finds the membership and role held and does nothing.
        }

        for (var attempt = 2; ; attempt++)
        {
            await Task.Delay(Random.Shared.Next(5, 50), cancellationToken);
            // A scope of its own: the failed write stays pending in the previous scope's identity context.
            await using var scope = scopes.CreateAsyncScope();
            try
            {
                await JoinWithAsync(scope.ServiceProvider.GetRequiredService<IUserDirectory>(), userId, merchantId, role, cancellationToken);
                return;
            }
            catch (Exception e) when (e is InvalidOperationException or DbUpdateException && attempt < 5)
            {
                // Still racing another retry: wait a moment and ask again.
            }
        }
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

    private static async Task JoinWithAsync(IUserDirectory users, string userId, Guid merchantId, string role, CancellationToken cancellationToken)
    {
        await users.AddMerchantMembershipAsync(userId, merchantId, cancellationToken);
        await users.AddToRoleAsync(userId, role, cancellationToken);
    }
}
