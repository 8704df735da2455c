using System.Security.Claims;
using Commerce.Identity.Data;
using Commerce.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Identity.Services;

/// <summary>
/// <see cref="IUserDirectory"/> on ASP.NET Core Identity. Merchant memberships are user claims, so they travel
/// in the principal without a lookup per request.
/// </summary>
internal sealed class UserDirectory(UserManager<IdentityUser> users, IdentityDataContext db) : IUserDirectory
{
    public async Task<UserContact?> FindAsync(string userId, CancellationToken cancellationToken = default) =>
        Contact(await users.FindByIdAsync(userId));

    public async Task<UserContact?> FindByEmailAsync(string email, CancellationToken cancellationToken = default) =>
        Contact(await users.FindByEmailAsync(email));

    public async Task AddToRoleAsync(string userId, string role, CancellationToken cancellationToken = default)
    {
        var user = await RequireAsync(userId);
        if (await users.IsInRoleAsync(user, role))
        {
            return;
        }

        var added = await TryAsync(() => users.AddToRoleAsync(user, role));
        if (added is not { Succeeded: true } && !await InRoleNowAsync(userId, role, cancellationToken))
        {
            IdentityErrors.ThrowIfFailed(added ?? IdentityResult.Failed(new IdentityError { Description = $"Could not add the user to role '{role}'." }));
        }
    }

    public async Task RemoveFromRoleAsync(string userId, string role, CancellationToken cancellationToken = default)
    {
        var user = await RequireAsync(userId);
        if (await users.IsInRoleAsync(user, role))
        {
            IdentityErrors.ThrowIfFailed(await users.RemoveFromRoleAsync(user, role));
        }
    }

    public async Task AddMerchantMembershipAsync(string userId, Guid merchantId, CancellationToken cancellationToken = default)
    {
        var user = await RequireAsync(userId);
        if (await IsMerchantMemberAsync(userId, merchantId, cancellationToken))
        {
            return;
        }

        var added = await TryAsync(() => users.AddClaimAsync(user, new Claim(MerchantClaims.MerchantId, merchantId.ToString())));
        if (added is not { Succeeded: true } && !await IsMerchantMemberAsync(userId, merchantId, cancellationToken))
        {
            IdentityErrors.ThrowIfFailed(added ?? IdentityResult.Failed(new IdentityError { Description = "Could not record the merchant membership." }));
        }
    }

    public async Task RemoveMerchantMembershipAsync(string userId, Guid merchantId, CancellationToken cancellationToken = default)
    {
        var user = await RequireAsync(userId);
        IdentityErrors.ThrowIfFailed(await users.RemoveClaimAsync(user, new Claim(MerchantClaims.MerchantId, merchantId.ToString())));
    }

    public Task<bool> IsMerchantMemberAsync(string userId, Guid merchantId, CancellationToken cancellationToken = default)
    {
        var value = merchantId.ToString();
        return db.UserClaims.AnyAsync(c => c.UserId == userId && c.ClaimType == MerchantClaims.MerchantId && c.ClaimValue == value, cancellationToken);
    }

    public async Task<IReadOnlyList<UserContact>> MerchantMembersAsync(Guid merchantId, CancellationToken cancellationToken = default)
    {
        var members = await users.GetUsersForClaimAsync(new Claim(MerchantClaims.MerchantId, merchantId.ToString()));
        return [.. members.Select(Contact).OfType<UserContact>()];
    }

    /// <summary>
    /// Runs a write that a simultaneous caller may already have made (two approvals of one merchant at once): a
    /// duplicate key then surfaces as an exception or a failed result, and the caller checks whether the row is there.
    /// The tracked entities are dropped, so this context stays usable after a refused write.
    /// </summary>
    private async Task<IdentityResult?> TryAsync(Func<Task<IdentityResult>> write)
    {
        try
        {
            return await write();
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return null;
        }
    }

    private Task<bool> InRoleNowAsync(string userId, string role, CancellationToken cancellationToken)
    {
        var normalized = role.ToUpperInvariant();
        return db.UserRoles.AnyAsync(
            ur => ur.UserId == userId && db.Roles.Any(r => r.Id == ur.RoleId && r.NormalizedName == normalized),
            cancellationToken);
    }

    private async Task<IdentityUser> RequireAsync(string userId) =>
        await users.FindByIdAsync(userId) ?? throw new InvalidOperationException($"There is no user '{userId}'.");

    private static UserContact? Contact(IdentityUser? user) =>
        user is null ? null : new UserContact(user.Id, user.Email ?? "", user.UserName, null);
}
