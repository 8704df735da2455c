using System.Security.Cryptography;
using System.Text;
using Commerce.Merchants.Data;
using Commerce.Merchants.Domain;
using Commerce.Notifications;
using Commerce.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Merchants.Services;

/// <summary>
/// A merchant's staff: adding an existing user by e-mail, inviting someone who accepts later, handing out
/// permissions within the grade, removing people. The owner is not staff and cannot be removed here.
/// </summary>
internal sealed class StaffDirectory(MerchantsDbContext db, MerchantPeople people, IUserDirectory users, IServiceProvider services, TimeProvider clock)
{
    /// <summary>The owner first, then staff by when they joined (sorted here: SQLite cannot order by a date with an offset).</summary>
    public async Task<List<MerchantMember>> ListAsync(Guid merchantId, CancellationToken cancellationToken)
        => [.. (await db.Members.AsNoTracking().Where(m => m.MerchantId == merchantId).ToListAsync(cancellationToken))
            .OrderByDescending(m => m.IsOwner).ThenBy(m => m.JoinedUtc)];

    public async Task<List<StaffInvitation>> OpenInvitationsAsync(Guid merchantId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var all = await db.Invitations.AsNoTracking().Where(i => i.MerchantId == merchantId && i.AcceptedUtc == null && i.RevokedUtc == null).ToListAsync(cancellationToken);
        return [.. all.Where(i => i.IsOpen(now)).OrderBy(i => i.Id)];
    }

    /// <summary>Adds the existing user with that e-mail address as staff now.</summary>
    public async Task<MerchantMember> AddAsync(Merchant merchant, string? email, IReadOnlyList<string>? permissions, CancellationToken cancellationToken)
    {
        var grade = await CheckAsync(merchant, email, permissions, cancellationToken);
        if (await users.FindByEmailAsync(email!.Trim(), cancellationToken) is not { } user)
        {
            throw new MerchantRuleException("email", "No user has this e-mail address; send an invitation instead.");
        }

        if (await db.Members.AnyAsync(m => m.MerchantId == merchant.Id && m.UserId == user.Id, cancellationToken))
        {
            throw new MerchantRuleException("email", "This user is one of the merchant's people already.");
        }

        var member = new MerchantMember { MerchantId = merchant.Id, UserId = user.Id, Permissions = [.. grade.Effective(permissions ?? [])], JoinedUtc = clock.GetUtcNow() };
        db.Members.Add(member);
        await db.SaveChangesAsync(cancellationToken);
        await people.JoinAsync(user.Id, merchant.Id, isOwner: false, cancellationToken);
        return member;
    }

    /// <summary>Records an invitation and returns it with its token, which is shown once (and sent to the invitee when notifications are on).</summary>
    public async Task<(StaffInvitation Invitation, string Token)> InviteAsync(
        Merchant merchant, string? email, IReadOnlyList<string>? permissions, string invitedByUserId, CancellationToken cancellationToken)
    {
        var grade = await CheckAsync(merchant, email, permissions, cancellationToken);
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var now = clock.GetUtcNow();
        var invitation = new StaffInvitation
        {
            Id = Guid.CreateVersion7(),
            MerchantId = merchant.Id,
            Email = email!.Trim().ToLowerInvariant(),
            Permissions = [.. grade.Effective(permissions ?? [])],
            TokenHash = Hash(token),
            InvitedByUserId = invitedByUserId,
            CreatedUtc = now,
            ExpiresUtc = now + StaffInvitation.Lifetime,
        };
        db.Invitations.Add(invitation);
        await db.SaveChangesAsync(cancellationToken);

        if (services.GetService<INotificationOutbox>() is { } outbox && await users.FindByEmailAsync(invitation.Email, cancellationToken) is { } invitee)
        {
            await outbox.EnqueueAsync(
                new Notification(
                    $"merchants:invitation:{invitation.Id}", invitee.Id, $"Join {merchant.ShopName}",
                    $"You are invited to join {merchant.ShopName}'s staff. The invitation expires on {invitation.ExpiresUtc:yyyy-MM-dd}.",
                    $"/merchant/invitations/{token}", "Commerce.Merchants"),
                cancellationToken);
        }

        return (invitation, token);
    }

    /// <summary>Accepts an invitation for the signed-in user, whose e-mail address must be the invited one.</summary>
    public async Task<MerchantMember> AcceptAsync(string? token, string userId, CancellationToken cancellationToken)
    {
        var hash = Hash(token ?? "");
        var invitation = await db.Invitations.FirstOrDefaultAsync(i => i.TokenHash == hash, cancellationToken)
            ?? throw new MerchantRuleException("token", "No such invitation.");
        var user = await users.FindAsync(userId, cancellationToken);
        invitation.Accept(userId, user?.Email, clock.GetUtcNow());
        var merchant = await db.Merchants.AsNoTracking().FirstAsync(m => m.Id == invitation.MerchantId, cancellationToken);
        var grade = await db.Grades.AsNoTracking().FirstAsync(g => g.Id == merchant.GradeId, cancellationToken);
        if (await db.Members.AnyAsync(m => m.MerchantId == merchant.Id && m.UserId == userId, cancellationToken))
        {
            throw new MerchantRuleException("token", "You are one of the merchant's people already.");
        }

        if (grade.CheckStaff(await StaffCountAsync(merchant.Id, cancellationToken) + 1) is { } limit)
        {
            throw new MerchantRuleException("token", limit);
        }

        var member = new MerchantMember { MerchantId = merchant.Id, UserId = userId, Permissions = [.. grade.Effective(invitation.Permissions)], JoinedUtc = clock.GetUtcNow() };
        db.Members.Add(member);
        await db.SaveChangesAsync(cancellationToken);
        await people.JoinAsync(userId, merchant.Id, isOwner: false, cancellationToken);
        return member;
    }

    public async Task<MerchantMember?> SetPermissionsAsync(Merchant merchant, string userId, IReadOnlyList<string>? permissions, CancellationToken cancellationToken)
    {
        var member = await db.Members.FirstOrDefaultAsync(m => m.MerchantId == merchant.Id && m.UserId == userId, cancellationToken);
        if (member is null)
        {
            return null;
        }

        if (member.IsOwner)
        {
            throw new MerchantRuleException("userId", "The owner holds every permission the grade allows.");
        }

        var grade = await db.Grades.AsNoTracking().FirstAsync(g => g.Id == merchant.GradeId, cancellationToken);
        CheckPermissions(grade, permissions);
        member.Permissions = [.. grade.Effective(permissions ?? [])];
        await db.SaveChangesAsync(cancellationToken);
        return member;
    }

    public async Task<bool> RemoveAsync(Guid merchantId, string userId, CancellationToken cancellationToken)
    {
        var member = await db.Members.FirstOrDefaultAsync(m => m.MerchantId == merchantId && m.UserId == userId, cancellationToken);
        if (member is null)
        {
            return false;
        }

        if (member.IsOwner)
        {
            throw new MerchantRuleException("userId", "The owner cannot be removed.");
        }

        db.Members.Remove(member);
        await db.SaveChangesAsync(cancellationToken);
        await people.LeaveAsync(userId, merchantId, cancellationToken);
        return true;
    }

    public async Task<bool> RevokeInvitationAsync(Guid merchantId, Guid invitationId, CancellationToken cancellationToken)
    {
        var invitation = await db.Invitations.FirstOrDefaultAsync(i => i.MerchantId == merchantId && i.Id == invitationId, cancellationToken);
        if (invitation is null)
        {
            return false;
        }

        invitation.Revoke(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private async Task<MerchantGrade> CheckAsync(Merchant merchant, string? email, IReadOnlyList<string>? permissions, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(email) || !email.Contains('@', StringComparison.Ordinal) || email.Trim().Length > 256)
        {
            throw new MerchantRuleException("email", "An e-mail address is required.");
        }

        var grade = await db.Grades.AsNoTracking().FirstAsync(g => g.Id == merchant.GradeId, cancellationToken);
        CheckPermissions(grade, permissions);
        if (grade.CheckStaff(await StaffCountAsync(merchant.Id, cancellationToken) + 1) is { } limit)
        {
            throw new MerchantRuleException("email", limit);
        }

        return grade;
    }

    private static void CheckPermissions(MerchantGrade grade, IReadOnlyList<string>? permissions)
    {
        if (grade.NotAllowed(permissions ?? []) is { Count: > 0 } refused)
        {
            throw new MerchantRuleException("permissions", $"The merchant's grade does not allow: {string.Join(", ", refused)}.");
        }
    }

    private Task<int> StaffCountAsync(Guid merchantId, CancellationToken cancellationToken)
        => db.Members.CountAsync(m => m.MerchantId == merchantId && !m.IsOwner, cancellationToken);

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
