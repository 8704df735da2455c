using System.Security.Claims;
using Commerce.Merchants.Data;
using Commerce.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Merchants.Services;

/// <summary>
/// Who may act on a merchant: platform people through their role grants (<see cref="MerchantsPermissions"/>), the
/// merchant's own people through the member rows and the grade, read fresh on every request so a removed staff
/// member loses access at once, whatever its cookie still says.
/// </summary>
internal sealed class MerchantAccess(MerchantsDbContext db, IAuthorizationService authorization) : IMerchantAccess
{
    public static string? UserId(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier);

    public async Task<MerchantMembership?> MembershipAsync(ClaimsPrincipal user, Guid? merchantId = null, CancellationToken cancellationToken = default)
    {
        if (UserId(user) is not { } userId)
        {
            return null;
        }

        var row = await (
                from member in db.Members.AsNoTracking()
                join merchant in db.Merchants.AsNoTracking() on member.MerchantId equals merchant.Id
                join grade in db.Grades.AsNoTracking() on merchant.GradeId equals grade.Id
                where member.UserId == userId && (merchantId == null || member.MerchantId == merchantId)
                orderby member.IsOwner descending, member.MerchantId
                select new { member, merchant.ShopName, grade })
            .FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : new MerchantMembership(row.member.MerchantId, row.ShopName, userId, row.member.IsOwner, row.member.EffectivePermissions(row.grade));
    }

    /// <summary>True for holders of <paramref name="platformPermission"/>, and for the merchant's people holding <paramref name="merchantPermission"/> (any member when null).</summary>
    public async Task<bool> AllowsAsync(ClaimsPrincipal user, Guid merchantId, Permission platformPermission, string? merchantPermission, CancellationToken cancellationToken)
    {
        if (await IsPlatformAsync(user, platformPermission))
        {
            return true;
        }

        var membership = await MembershipAsync(user, merchantId, cancellationToken);
        return membership is not null && (merchantPermission is null || membership.Has(merchantPermission));
    }

    public async Task<bool> IsPlatformAsync(ClaimsPrincipal user, Permission permission)
        => (await authorization.AuthorizeAsync(user, PermissionEndpointExtensions.PolicyPrefix + permission.Name)).Succeeded;
}
