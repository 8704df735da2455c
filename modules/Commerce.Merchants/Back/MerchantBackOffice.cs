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
        back.MapPost("/company", EditCompanyAsync);
        back.MapPost("/staff/invite", InviteAsync);
        back.MapPost("/staff/{userId}/permissions", SetStaffPermissionsAsync);
        back.MapPost("/staff/{userId}/remove", RemoveStaffAsync);
        back.MapGet("/invitations/{token}", (HttpContext context, string token, IPageRenderer pages, IStringLocalizer text)
            => pages.PageAsync("Merchants/Invitation", new { Token = token, Antiforgery = PageForms.Token(context), Error = (string?)null }, new PageOptions(text["Join a merchant"], PageAudience.Merchant)));
        back.MapPost("/invitations/{token}", AcceptAsync);
    }

    private static async Task<IResult> EditShopAsync(HttpContext context, MerchantAccess access, MerchantChanges changes, IPageRenderer pages, IStringLocalizer text, CancellationToken ct)
    {
        if (await PageForms.ReadAsync(context) is not { } form)
        {
            return await PageForms.ExpiredAsync(context, PageAudience.Merchant);
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
        catch (MerchantRuleException e)
        {
            return await RenderAsync(context, membership.MerchantId, form, PageResults.Error(e.Field == "status" ? "form" : e.Field, e.Message), StatusCodes.Status400BadRequest, ct);
        }
        catch (MerchantConflictException e)
        {
            return await RenderAsync(context, membership.MerchantId, null, PageResults.Error("form", e.Message), StatusCodes.Status409Conflict, ct);
        }
    }

    private static async Task<IResult> EditCompanyAsync(HttpContext context, MerchantAccess access, MerchantChanges changes, IPageRenderer pages, IStringLocalizer text, CancellationToken ct)
    {
        if (await PageForms.ReadAsync(context) is not { } form)
        {
            return await PageForms.ExpiredAsync(context, PageAudience.Merchant);
        }

        var membership = await access.MembershipAsync(context.User, Id(form["merchant"]), ct);
        if (membership is null || !membership.Has(MerchantPermissionNames.ManageShop))
        {
            return await PageResults.MessageAsync(pages, text, PageAudience.Merchant, "Not allowed", "You may not edit this shop.", StatusCodes.Status403Forbidden);
        }

        var bank = string.IsNullOrWhiteSpace(form["bankAccountNumber"]) ? null : new BankAccount(form["bankAccountName"].ToString(), form["bankName"].ToString(), form["bankAccountNumber"].ToString());
        var company = new CompanyDetails(form["legalName"].ToString(), form["creditCode"].ToString(), form["legalRepresentative"].ToString(), form["registeredAddress"].ToString(), form["region"].ToString(), bank);
        _ = int.TryParse(form["version"], NumberStyles.None, CultureInfo.InvariantCulture, out var version);
        try
        {
            var edit = await changes.UpdateCompanyAsync(membership.MerchantId, company, version, byPlatform: false, membership.UserId, ct);
            return PageForms.SeeOther(context, $"/merchant?merchant={membership.MerchantId}&saved={(edit?.Request is null ? "company" : "review")}");
        }
        catch (MerchantValidationException e)
        {
            // Bank fields sit flat in the form: bank.accountNumber is the bankAccountNumber field.
            var errors = e.Errors.ToDictionary(x => x.Key.StartsWith("bank.", StringComparison.Ordinal) ? "bank" + char.ToUpperInvariant(x.Key[5]) + x.Key[6..] : x.Key, x => x.Value);
            return await RenderAsync(context, membership.MerchantId, form, errors, StatusCodes.Status400BadRequest, ct);
        }
        catch (MerchantRuleException e)
        {
            return await RenderAsync(context, membership.MerchantId, form, PageResults.Error("form", e.Message), StatusCodes.Status400BadRequest, ct);
        }
        catch (MerchantConflictException e)
        {
            return await RenderAsync(context, membership.MerchantId, null, PageResults.Error("form", e.Message), StatusCodes.Status409Conflict, ct);
        }
    }

    private static async Task<IResult> SetStaffPermissionsAsync(
        HttpContext context, string userId, MerchantAccess access, MerchantChanges changes, StaffDirectory staff, IPageRenderer pages, IStringLocalizer text, CancellationToken ct)
        => await ManageStaffAsync(context, access, changes, pages, text, ct, async (form, merchant) =>
        {
            var permissions = form["permissions"].Where(p => !string.IsNullOrEmpty(p)).Select(p => p!).ToList();
            return await staff.SetPermissionsAsync(merchant, userId, permissions, ct) is not null;
        });

    private static async Task<IResult> RemoveStaffAsync(
        HttpContext context, string userId, MerchantAccess access, MerchantChanges changes, StaffDirectory staff, IPageRenderer pages, IStringLocalizer text, CancellationToken ct)
        => await ManageStaffAsync(context, access, changes, pages, text, ct, (_, merchant) => staff.RemoveAsync(merchant.Id, userId, ct));

    /// <summary>Checks the form and the ManageStaff permission, runs <paramref name="change"/>, and goes back to the overview.</summary>
    private static async Task<IResult> ManageStaffAsync(
        HttpContext context, MerchantAccess access, MerchantChanges changes, IPageRenderer pages, IStringLocalizer text, CancellationToken ct,
        Func<IFormCollection, Merchant, Task<bool>> change)
    {
        if (await PageForms.ReadAsync(context) is not { } form)
        {
            return await PageForms.ExpiredAsync(context, PageAudience.Merchant);
        }

        var membership = await access.MembershipAsync(context.User, Id(form["merchant"]), ct);
        if (membership is null || !membership.Has(MerchantPermissionNames.ManageStaff))
        {
            return await PageResults.MessageAsync(pages, text, PageAudience.Merchant, "Not allowed", "You may not manage this merchant's staff.", StatusCodes.Status403Forbidden);
        }

        try
        {
            var merchant = (await changes.LoadAsync(membership.MerchantId, ct))!;
            return await change(form, merchant)
                ? PageForms.SeeOther(context, $"/merchant?merchant={membership.MerchantId}&saved=staff")
                : Results.NotFound();
        }
        catch (MerchantRuleException e)
        {
            return await RenderAsync(context, membership.MerchantId, null, PageResults.Error("form", e.Message), StatusCodes.Status400BadRequest, ct);
        }
    }

    private static async Task<IResult> InviteAsync(HttpContext context, MerchantAccess access, MerchantChanges changes, StaffDirectory staff, IPageRenderer pages, IStringLocalizer text, CancellationToken ct)
    {
        if (await PageForms.ReadAsync(context) is not { } form)
        {
            return await PageForms.ExpiredAsync(context, PageAudience.Merchant);
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
            return await PageForms.ExpiredAsync(context, PageAudience.Merchant);
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

    /// <summary>What the user posted for <paramref name="key"/> (to show a refused form again), otherwise the stored value.</summary>
    private static string? Field(IFormCollection? form, string key, string? stored) => form is not null && form.ContainsKey(key) ? form[key].ToString() : stored;

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
            Form = new
            {
                Description = Field(form, "description", merchant.Description),
                Email = Field(form, "email", null),
                LegalName = Field(form, "legalName", merchant.LegalName),
                CreditCode = Field(form, "creditCode", merchant.CreditCode),
                LegalRepresentative = Field(form, "legalRepresentative", merchant.LegalRepresentative),
                RegisteredAddress = Field(form, "registeredAddress", merchant.RegisteredAddress),
                Region = Field(form, "region", merchant.Region),
                BankAccountName = Field(form, "bankAccountName", merchant.BankAccountName),
                BankName = Field(form, "bankName", merchant.BankName),
                BankAccountNumber = Field(form, "bankAccountNumber", merchant.BankAccountNumber),
            },
            Errors = PageResults.Errors(text, errors),
        };
        return await pages.PageAsync("Merchants/BackOffice", model, new PageOptions(merchant.ShopName, PageAudience.Merchant, status), ct);
    }
}
