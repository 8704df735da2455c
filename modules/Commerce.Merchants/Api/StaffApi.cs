using System.Security.Claims;
using Commerce.Merchants.Data;
using Commerce.Merchants.Domain;
using Commerce.Merchants.Services;
using Commerce.Problems;
using Commerce.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Merchants.Api;

/// <summary>
/// A merchant's people under <c>/api/merchants/{id}/staff</c> and <c>/invitations</c>: the owner (or staff holding
/// ManageStaff, or the platform with ManageMerchants) adds and invites staff and hands out permissions within the grade.
/// </summary>
public static class StaffApi
{
    public static void MapStaffApi(this RouteGroupBuilder api)
    {
        api.MapGet("/{id:guid}/staff", ListAsync)
            .WithName("ListMerchantStaff").WithSummary("The merchant's people and their permissions (ViewMerchants, or ManageStaff in the merchant)");
        api.MapPost("/{id:guid}/staff", AddAsync)
            .WithName("AddMerchantStaff").WithSummary("Add an existing user (by e-mail) as staff with permissions within the grade");
        api.MapPut("/{id:guid}/staff/{userId}/permissions", SetPermissionsAsync)
            .WithName("SetMerchantStaffPermissions").WithSummary("Replace a staff member's merchant permissions (within the grade)");
        api.MapDelete("/{id:guid}/staff/{userId}", RemoveAsync)
            .WithName("RemoveMerchantStaff").WithSummary("Remove a staff member; the owner cannot be removed");
        api.MapGet("/{id:guid}/invitations", InvitationsAsync)
            .WithName("ListMerchantInvitations").WithSummary("Open invitations");
        api.MapPost("/{id:guid}/invitations", InviteAsync)
            .WithName("InviteMerchantStaff").WithSummary("Invite someone by e-mail; the answer carries the token once")
            .WithDescription("The invitee accepts with POST /api/merchants/invitations/accept, signed in with the invited address, within 7 days.");
        api.MapDelete("/{id:guid}/invitations/{invitationId:guid}", RevokeAsync)
            .WithName("RevokeMerchantInvitation").WithSummary("Revoke an open invitation");
        api.MapPost("/invitations/accept", AcceptAsync)
            .WithName("AcceptMerchantInvitation").WithSummary("Accept an invitation as the signed-in user");
    }

    private static async Task<Results<Ok<List<MemberDto>>, ProblemHttpResult>> ListAsync(
        Guid id, StaffDirectory staff, MerchantsDbContext db, MerchantAccess access, IUserDirectory users, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!await access.AllowsAsync(user, id, MerchantsPermissions.ViewMerchants, MerchantPermissionNames.ManageStaff, ct))
        {
            return await MerchantsApi.NotFoundOrForbiddenAsync(db, id, ct);
        }

        return TypedResults.Ok(await MembersAsync(id, staff, db, users, ct));
    }

    internal static async Task<List<MemberDto>> MembersAsync(Guid id, StaffDirectory staff, MerchantsDbContext db, IUserDirectory users, CancellationToken ct)
    {
        var grade = await (from m in db.Merchants join g in db.Grades on m.GradeId equals g.Id where m.Id == id select g).AsNoTracking().FirstAsync(ct);
        var result = new List<MemberDto>();
        foreach (var member in await staff.ListAsync(id, ct))
        {
            var contact = await users.FindAsync(member.UserId, ct);
            result.Add(new MemberDto(member.UserId, contact?.Email, contact?.DisplayName, member.IsOwner, member.EffectivePermissions(grade), member.JoinedUtc));
        }

        return result;
    }

    private static async Task<Results<Created<MemberDto>, ValidationProblem, ProblemHttpResult>> AddAsync(
        Guid id, StaffInput input, StaffDirectory staff, MerchantChanges changes, MerchantsDbContext db, MerchantAccess access, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await ManagedAsync(id, changes, db, access, user, ct) is not { } merchant)
        {
            return await MerchantsApi.NotFoundOrForbiddenAsync(db, id, ct);
        }

        var member = await staff.AddAsync(merchant, input.Email, input.Permissions, ct);
        return TypedResults.Created($"/api/merchants/{id}/staff", new MemberDto(member.UserId, input.Email!.Trim(), null, false, member.Permissions, member.JoinedUtc));
    }

    private static async Task<Results<Ok<MemberDto>, ValidationProblem, ProblemHttpResult>> SetPermissionsAsync(
        Guid id, string userId, PermissionsInput input, StaffDirectory staff, MerchantChanges changes, MerchantsDbContext db, MerchantAccess access, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await ManagedAsync(id, changes, db, access, user, ct) is not { } merchant)
        {
            return await MerchantsApi.NotFoundOrForbiddenAsync(db, id, ct);
        }

        var member = await staff.SetPermissionsAsync(merchant, userId, input.Permissions, ct);
        return member is null
            ? ProblemResults.NotFound("The staff member does not exist", legacyCode: "staff-member-not-found")
            : TypedResults.Ok(new MemberDto(member.UserId, null, null, false, member.Permissions, member.JoinedUtc));
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> RemoveAsync(
        Guid id, string userId, StaffDirectory staff, MerchantChanges changes, MerchantsDbContext db, MerchantAccess access, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await ManagedAsync(id, changes, db, access, user, ct) is null)
        {
            return await MerchantsApi.NotFoundOrForbiddenAsync(db, id, ct);
        }

        return await staff.RemoveAsync(id, userId, ct) ? TypedResults.NoContent() : ProblemResults.NotFound("The staff member does not exist", legacyCode: "staff-member-not-found");
    }

    private static async Task<Results<Ok<List<InvitationDto>>, ProblemHttpResult>> InvitationsAsync(
        Guid id, StaffDirectory staff, MerchantChanges changes, MerchantsDbContext db, MerchantAccess access, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await ManagedAsync(id, changes, db, access, user, ct) is null)
        {
            return await MerchantsApi.NotFoundOrForbiddenAsync(db, id, ct);
        }

        return TypedResults.Ok((await staff.OpenInvitationsAsync(id, ct)).Select(i => InvitationDto.From(i)).ToList());
    }

    private static async Task<Results<Created<InvitationDto>, ValidationProblem, ProblemHttpResult>> InviteAsync(
        Guid id, StaffInput input, StaffDirectory staff, MerchantChanges changes, MerchantsDbContext db, MerchantAccess access, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await ManagedAsync(id, changes, db, access, user, ct) is not { } merchant)
        {
            return await MerchantsApi.NotFoundOrForbiddenAsync(db, id, ct);
        }

        var (invitation, token) = await staff.InviteAsync(merchant, input.Email, input.Permissions, MerchantAccess.UserId(user) ?? "platform", ct);
        return TypedResults.Created($"/api/merchants/{id}/invitations", InvitationDto.From(invitation, token));
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> RevokeAsync(
        Guid id, Guid invitationId, StaffDirectory staff, MerchantChanges changes, MerchantsDbContext db, MerchantAccess access, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await ManagedAsync(id, changes, db, access, user, ct) is null)
        {
            return await MerchantsApi.NotFoundOrForbiddenAsync(db, id, ct);
        }

        return await staff.RevokeInvitationAsync(id, invitationId, ct) ? TypedResults.NoContent() : ProblemResults.NotFound("The invitation does not exist", legacyCode: "invitation-not-found");
    }

    private static async Task<Results<Ok<MemberDto>, ValidationProblem, ProblemHttpResult>> AcceptAsync(
        AcceptInvitationInput input, StaffDirectory staff, ClaimsPrincipal user, CancellationToken ct)
    {
        if (MerchantAccess.UserId(user) is not { } userId)
        {
            return ProblemResults.Field("token", "Sign in as the invited user to accept.");
        }

        var member = await staff.AcceptAsync(input.Token, userId, ct);
        return TypedResults.Ok(new MemberDto(member.UserId, null, null, false, member.Permissions, member.JoinedUtc));
    }

    /// <summary>The merchant, when the caller may manage its staff (ManageMerchants, or ManageStaff in it).</summary>
    private static async Task<Merchant?> ManagedAsync(Guid id, MerchantChanges changes, MerchantsDbContext db, MerchantAccess access, ClaimsPrincipal user, CancellationToken ct)
        => await access.AllowsAsync(user, id, MerchantsPermissions.ManageMerchants, MerchantPermissionNames.ManageStaff, ct)
            ? await changes.LoadAsync(id, ct)
            : null;
}
