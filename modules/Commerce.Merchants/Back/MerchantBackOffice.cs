using System.Globalization;
using Commerce.Display;
using Commerce.Merchants.Admin;
using Commerce.Merchants.Api;
using Commerce.Merchants.Data;
using Commerce.Merchants.Domain;
using Commerce.Merchants.Services;
using Commerce.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Commerce.Merchants.Back;

/// <summary>
/// <c>/merchant</c>: the back office of a merchant's own people: the shop, its status and restrictions, staff, change
/// requests and company details, with forms for what the user's merchant permissions allow. <c>?merchant=</c> picks
/// one of several merchants; a user who works for none gets a page saying so.
/// </summary>
internal static class MerchantBackOffice
{
    public static void MapMerchantBackOffice(this IEndpointRouteBuilder routes)
    {
        var back = routes.MapGroup("/merchant").RequireAuthorization().ExcludeFromDescription();
        back.MapGet("/", (HttpContext context, Guid? merchant, CancellationToken ct) => RenderAsync(context, merchant, null, null, StatusCodes.Status200OK, ct));
        back.MapPost("/shop", EditShopAsync);
        back.MapPost("/staff/invite", InviteAsync);
        back.MapGet("/invitations/{token}", (HttpContext context, string token, IPageRenderer pages, IStringLocalizer text)
            => pages.PageAsync("Merchants/Invitation", new { Token = token, Antiforgery = PageForms.Token(context), Error = (string?)null }, new PageOptions(text["Join a merchant"], PageAudience.Merchant)));
        back.MapPost("/invitations/{token}", AcceptAsync);
    }

    private static async Task<IResult> EditShopAsync(HttpContext context, MerchantAccess access, MerchantChanges changes, IPageRenderer pages, IStringLocalizer text, CancellationToken ct)
    {
        if (await PageForms.ReadAsync(context) is not { } form)
        {
            return await PageResults.ForgedAsync(pages, text, PageAudience.Merchant);
        }

        var membership = await access.MembershipAsync(context.User, Id(form["merchant"]), ct);
        if (membership is null || !membership.Has(MerchantPermissionNames.ManageShop))
        {
            return await PageResults.MessageAsync(pages, text, PageAudience.Merchant, "Not allowed", "You may not edit this shop.", StatusCodes.Status403Forbidden);
        }

        var merchant = (await changes.LoadAsync(membership.MerchantId, ct))!;
        var shop = new ShopDetails(merchant.ShopName, merchant.ShopType, form["description"], null, merchant.Categories, merchant.Brands);
        _ = int.TryParse(form["version"], NumberStyles.None, CultureInfo.InvariantCulture, out var version);
        try
        {
            await changes.UpdateShopAsync(membership.MerchantId, shop, version, ct);
            return PageForms.SeeOther(context, $"/merchant?merchant={membership.MerchantId}&saved=shop");
        }
        catch (MerchantValidationException e)
        {
            return await RenderAsync(context, membership.MerchantId, form, e.Errors, StatusCodes.Status400BadRequest, ct);
        }
        catch (MerchantConflictException e)
        {
            return await RenderAsync(context, membership.MerchantId, null, PageResults.Error("form", e.Message), StatusCodes.Status409Conflict, ct);
        }
    }

    private static async Task<IResult> InviteAsync(HttpContext context, MerchantAccess access, MerchantChanges changes, StaffDirectory staff, IPageRenderer pages, IStringLocalizer text, CancellationToken ct)
    {
        if (await PageForms.ReadAsync(context) is not { } form)
        {
            return await PageResults.ForgedAsync(pages, text, PageAudience.Merchant);
        }

        var membership = await access.MembershipAsync(context.User, Id(form["merchant"]), ct);
        if (membership is null || !membership.Has(MerchantPermissionNames.ManageStaff))
        {
            return await PageResults.MessageAsync(pages, text, PageAudience.Merchant, "Not allowed", "You may not manage this merchant's staff.", StatusCodes.Status403Forbidden);
        }

        try
        {
            var merchant = (await changes.LoadAsync(membership.MerchantId, ct))!;
            var permissions = form["permissions"].Where(p => !string.IsNullOrEmpty(p)).Select(p => p!).ToList();
            var (invitation, token) = await staff.InviteAsync(merchant, form["email"], permissions, membership.UserId, ct);
            return await RenderAsync(context, membership.MerchantId, null, null, StatusCodes.Status200OK, ct, new { invitation.Email, Link = $"/merchant/invitations/{token}" });
        }
        catch (MerchantRuleException e)
        {
            return await RenderAsync(context, membership.MerchantId, form, PageResults.Error(e.Field, e.Message), StatusCodes.Status400BadRequest, ct);
        }
    }

    private static async Task<IResult> AcceptAsync(HttpContext context, string token, StaffDirectory staff, IPageRenderer pages, IStringLocalizer text, CancellationToken ct)
    {
        if (await PageForms.ReadAsync(context) is null)
        {
            return await PageResults.ForgedAsync(pages, text, PageAudience.Merchant);
        }

        try
        {
            var member = await staff.AcceptAsync(token, MerchantAccess.UserId(context.User) ?? "", ct);
            return PageForms.SeeOther(context, $"/merchant?merchant={member.MerchantId}");
        }
        catch (MerchantRuleException e)
        {
            return await pages.PageAsync(
                "Merchants/Invitation", new { Token = token, Antiforgery = PageForms.Token(context), Error = text[e.Message].Value },
                new PageOptions(text["Join a merchant"], PageAudience.Merchant, StatusCodes.Status400BadRequest), ct);
        }
    }

    private static Guid? Id(string? value) => Guid.TryParse(value, out var id) ? id : null;

    private static async Task<IResult> RenderAsync(
        HttpContext context, Guid? merchantId, IFormCollection? form, IReadOnlyDictionary<string, string[]>? errors, int status, CancellationToken ct, object? invited = null)
    {
        var services = context.RequestServices;
        var pages = services.GetRequiredService<IPageRenderer>();
        var text = services.GetRequiredService<IStringLocalizer>();
        var membership = await services.GetRequiredService<MerchantAccess>().MembershipAsync(context.User, merchantId, ct);
        if (membership is null)
        {
            return merchantId is null
                ? await pages.PageAsync("Merchants/NoMerchant", null, new PageOptions(text["Merchant back office"], PageAudience.Merchant), ct)
                : await PageResults.MessageAsync(pages, text, PageAudience.Merchant, "Not allowed", "You do not work for this merchant.", StatusCodes.Status403Forbidden);
        }

        var db = services.GetRequiredService<MerchantsDbContext>();
        db.ChangeTracker.Clear();
        var merchant = await db.Merchants.AsNoTracking().Include(m => m.Restrictions).FirstAsync(m => m.Id == membership.MerchantId, ct);
        var staff = services.GetRequiredService<StaffDirectory>();
        var canManageStaff = membership.Has(MerchantPermissionNames.ManageStaff);
        var grade = await db.Grades.AsNoTracking().FirstAsync(g => g.Id == merchant.GradeId, ct);
        var model = new
        {
            Membership = membership,
            Merchant = MerchantDto.From(merchant),
            Grade = GradeDto.From(grade),
            Staff = canManageStaff ? await StaffApi.MembersAsync(merchant.Id, staff, db, services.GetRequiredService<IUserDirectory>(), ct) : null,
            Invitations = canManageStaff ? (await staff.OpenInvitationsAsync(merchant.Id, ct)).Select(i => InvitationDto.From(i)).ToList() : null,
            ChangeRequests = (await services.GetRequiredService<ChangeRequestReview>().ListAsync(merchant.Id, ChangeRequestStatus.Pending, ct)).Select(ChangeRequestDto.From).ToList(),
            CanEditShop = membership.Has(MerchantPermissionNames.ManageShop),
            CanManageStaff = canManageStaff,
            Antiforgery = PageForms.Token(context),
            Saved = context.Request.Query["saved"].ToString(),
            Invited = invited,
            Form = new { Description = form?["description"].ToString() ?? merchant.Description, Email = form?["email"].ToString() },
            Errors = PageResults.Errors(text, errors),
        };
        return await pages.PageAsync("Merchants/BackOffice", model, new PageOptions(merchant.ShopName, PageAudience.Merchant, status), ct);
    }
}
