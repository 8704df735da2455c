using Commerce.Display;
using Commerce.Merchants.Api;
using Commerce.Merchants.Data;
using Commerce.Merchants.Domain;
using Commerce.Merchants.Services;
using Commerce.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Commerce.Merchants.Admin;

/// <summary><c>/admin/merchants/change-requests</c>: the review queue of merchants' company changes, each with approve and reject (a note saying why).</summary>
internal static class ChangeRequestsPage
{
    public static void MapChangeRequestsPage(this IEndpointRouteBuilder routes)
    {
        var admin = routes.MapGroup("/admin/merchants/change-requests").ExcludeFromDescription();
        admin.MapGet("/", (HttpContext context, string? status, ChangeRequestReview review, MerchantsDbContext db, MerchantAccess access, IPageRenderer pages, IStringLocalizer text, CancellationToken ct)
                => RenderAsync(context, status ?? "pending", review, db, access, pages, text, null, StatusCodes.Status200OK, ct))
            .RequirePermission(MerchantsPermissions.ViewMerchants);
        admin.MapPost("/{requestId:guid}/{decision:regex(^(approve|reject)$)}", ReviewAsync).RequirePermission(MerchantsPermissions.ManageMerchants);
    }

    private static async Task<IResult> ReviewAsync(
        Guid requestId, string decision, HttpContext context, ChangeRequestReview review, MerchantsDbContext db, MerchantAccess access, IPageRenderer pages, IStringLocalizer text, CancellationToken ct)
    {
        if (await PageForms.ReadAsync(context) is not { } form)
        {
            return await PageForms.ExpiredAsync(context, PageAudience.Admin);
        }

        try
        {
            var reviewer = MerchantAccess.UserId(context.User) ?? context.User.Identity?.Name ?? "platform";
            return await review.ReviewAsync(requestId, decision == "approve", form["note"], reviewer, ct) is null
                ? Results.NotFound()
                : PageForms.SeeOther(context, $"/admin/merchants/change-requests?reviewed={requestId}");
        }
        catch (MerchantRuleException e)
        {
            var errors = new Dictionary<string, string[]> { [requestId.ToString()] = [e.Message] };
            return await RenderAsync(context, "pending", review, db, access, pages, text, errors, StatusCodes.Status400BadRequest, ct);
        }
    }

    private static async Task<IResult> RenderAsync(
        HttpContext context, string status, ChangeRequestReview review, MerchantsDbContext db, MerchantAccess access, IPageRenderer pages, IStringLocalizer text,
        IReadOnlyDictionary<string, string[]>? errors, int code, CancellationToken ct)
    {
        var filter = Names.TryParse<ChangeRequestStatus>(status, out var parsed) ? parsed : ChangeRequestStatus.Pending;
        var requests = await review.ListAsync(null, filter, ct);
        var ids = requests.Select(r => r.MerchantId).Distinct().ToList();
        var merchants = await db.Merchants.AsNoTracking().Where(m => ids.Contains(m.Id))
            .Select(m => new { m.Id, m.ShopName, m.LegalName, m.CreditCode, m.BankAccountNumber }).ToDictionaryAsync(m => m.Id, ct);
        var canManage = await access.IsPlatformAsync(context.User, MerchantsPermissions.ManageMerchants);
        var model = new
        {
            Requests = requests.Select(r => new { Request = ChangeRequestDto.From(r), Merchant = merchants.GetValueOrDefault(r.MerchantId) }).ToList(),
            Status = Names.Of(filter),
            Statuses = Enum.GetValues<ChangeRequestStatus>().Select(Names.Of).ToList(),
            CanManage = canManage && filter == ChangeRequestStatus.Pending,
            Antiforgery = canManage ? PageForms.Token(context) : null,
            Reviewed = context.Request.Query["reviewed"].ToString(),
            Errors = PageResults.Errors(text, errors),
        };
        return await pages.PageAsync("Merchants/ChangeRequests", model, new PageOptions(text["Change requests"], PageAudience.Admin, code), ct);
    }
}
