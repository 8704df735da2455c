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

namespace Commerce.Merchants.Api;

/// <summary>Company change requests: the platform's review queue and each merchant's own log.</summary>
public static class ChangeRequestsApi
{
    public static void MapChangeRequestsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/change-requests", ListAsync).RequirePermission(MerchantsPermissions.ViewMerchants)
            .WithName("ListChangeRequests").WithSummary("Company change requests of all merchants, newest first; filter by status (pending, approved, rejected)");
        api.MapGet("/{id:guid}/change-requests", ForMerchantAsync)
            .WithName("MerchantChangeRequests").WithSummary("A merchant's change requests and their reviews (ViewMerchants, or one of its people)");
        api.MapPost("/change-requests/{requestId:guid}/approve", (Guid requestId, ReviewInput input, ChangeRequestReview review, ClaimsPrincipal user, CancellationToken ct)
                => ReviewAsync(requestId, true, input, review, user, ct))
            .RequirePermission(MerchantsPermissions.ManageMerchants)
            .WithName("ApproveChangeRequest").WithSummary("Approve a change request: it applies to the merchant at once");
        api.MapPost("/change-requests/{requestId:guid}/reject", (Guid requestId, ReviewInput input, ChangeRequestReview review, ClaimsPrincipal user, CancellationToken ct)
                => ReviewAsync(requestId, false, input, review, user, ct))
            .RequirePermission(MerchantsPermissions.ManageMerchants)
            .WithName("RejectChangeRequest").WithSummary("Reject a change request; the note saying why is required");
    }

    private static async Task<Results<Ok<List<ChangeRequestDto>>, ValidationProblem>> ListAsync(string? status, ChangeRequestReview review, CancellationToken ct)
    {
        ChangeRequestStatus parsed = default;
        if (!string.IsNullOrEmpty(status) && !Names.TryParse(status, out parsed))
        {
            return ProblemResults.Field("status", "One of pending, approved, rejected.");
        }

        var requests = await review.ListAsync(null, string.IsNullOrEmpty(status) ? null : parsed, ct);
        return TypedResults.Ok(requests.Select(ChangeRequestDto.From).ToList());
    }

    private static async Task<Results<Ok<List<ChangeRequestDto>>, ProblemHttpResult>> ForMerchantAsync(
        Guid id, ChangeRequestReview review, MerchantsDbContext db, MerchantAccess access, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!await access.AllowsAsync(user, id, MerchantsPermissions.ViewMerchants, null, ct))
        {
            return await MerchantsApi.NotFoundOrForbiddenAsync(db, id, ct);
        }

        return TypedResults.Ok((await review.ListAsync(id, null, ct)).Select(ChangeRequestDto.From).ToList());
    }

    private static async Task<Results<Ok<ChangeRequestDto>, ValidationProblem, ProblemHttpResult>> ReviewAsync(
        Guid requestId, bool approve, ReviewInput input, ChangeRequestReview review, ClaimsPrincipal user, CancellationToken ct)
    {
        var reviewer = MerchantAccess.UserId(user) ?? user.Identity?.Name ?? "platform";
        return await review.ReviewAsync(requestId, approve, input.Note, reviewer, ct) is { } request
            ? TypedResults.Ok(ChangeRequestDto.From(request))
            : ProblemResults.NotFound("The change request does not exist", legacyCode: "change-request-not-found");
    }
}
