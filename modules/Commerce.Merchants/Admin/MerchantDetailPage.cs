using System.Globalization;
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
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Commerce.Merchants.Admin;

/// <summary>
/// <c>/admin/merchants/{id}</c>: company, shop, status with restrictions and history, staff, change requests; with
/// ManageMerchants, forms to change the status and the grade, each with a reason and the version it was based on.
/// </summary>
internal static class MerchantDetailPage
{
    public static void MapMerchantDetailPage(this IEndpointRouteBuilder routes)
    {
        var admin = routes.MapGroup("/admin/merchants/{id:guid}").ExcludeFromDescription();
        admin.MapGet("/", (Guid id, HttpContext context, CancellationToken ct) => RenderAsync(context, id, null, null, StatusCodes.Status200OK, ct))
            .RequirePermission(MerchantsPermissions.ViewMerchants);
        admin.MapPost("/status", ChangeStatusAsync).RequirePermission(MerchantsPermissions.ManageMerchants);
        admin.MapPost("/grade", ChangeGradeAsync).RequirePermission(MerchantsPermissions.ManageMerchants);
    }

    private static async Task<IResult> ChangeStatusAsync(Guid id, HttpContext context, MerchantChanges changes, IPageRenderer pages, IStringLocalizer text, CancellationToken ct)
    {
        if (await PageForms.ReadAsync(context) is not { } form)
        {
            return await PageForms.ExpiredAsync(context, PageAudience.Admin);
        }

        if (!Names.TryParse<MerchantStatus>(form["status"], out var status))
        {
            return await RenderAsync(context, id, form, PageResults.Error("status", "Choose a status."), StatusCodes.Status400BadRequest, ct);
        }

        var categories = form["categories"].ToString().Split([',', '，', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return await RunAsync(context, id, form, () => changes.ChangeStatusAsync(id, status, form["reason"], categories, Version(form), MerchantAccess.UserId(context.User), ct), ct);
    }

    private static async Task<IResult> ChangeGradeAsync(Guid id, HttpContext context, MerchantChanges changes, IPageRenderer pages, IStringLocalizer text, CancellationToken ct)
    {
        if (await PageForms.ReadAsync(context) is not { } form)
        {
            return await PageForms.ExpiredAsync(context, PageAudience.Admin);
        }

        return await RunAsync(context, id, form, () => changes.ChangeGradeAsync(id, form["gradeId"], form["reason"], Version(form), MerchantAccess.UserId(context.User), ct), ct);
    }

    private static int Version(IFormCollection form) => int.TryParse(form["version"], NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : -1;

    private static async Task<IResult> RunAsync(HttpContext context, Guid id, IFormCollection form, Func<Task<Merchant?>> change, CancellationToken ct)
    {
        try
        {
            return await change() is null ? Results.NotFound() : PageForms.SeeOther(context, $"/admin/merchants/{id}?changed=1");
        }
        catch (MerchantRuleException e)
        {
            return await RenderAsync(context, id, form, PageResults.Error(e.Field, e.Message), StatusCodes.Status400BadRequest, ct);
        }
        catch (MerchantConflictException e)
        {
            return await RenderAsync(context, id, null, PageResults.Error("form", e.Message), StatusCodes.Status409Conflict, ct);
        }
    }

    private static async Task<IResult> RenderAsync(HttpContext context, Guid id, IFormCollection? form, IReadOnlyDictionary<string, string[]>? errors, int status, CancellationToken ct)
    {
        var services = context.RequestServices;
        var db = services.GetRequiredService<MerchantsDbContext>();
        var text = services.GetRequiredService<IStringLocalizer>();
        var access = services.GetRequiredService<MerchantAccess>();
        db.ChangeTracker.Clear();
        var merchant = await db.Merchants.AsNoTracking().Include(m => m.Restrictions).FirstOrDefaultAsync(m => m.Id == id, ct);
        if (merchant is null)
        {
            return Results.NotFound();
        }

        var history = await db.History.AsNoTracking().Where(h => h.MerchantId == id).OrderByDescending(h => h.Sequence).Take(100).ToListAsync(ct);
        var canManage = await access.IsPlatformAsync(context.User, MerchantsPermissions.ManageMerchants);
        var model = new
        {
            Merchant = MerchantDto.From(merchant),
            History = history.Select(HistoryDto.Of).ToList(),
            Staff = await StaffApi.MembersAsync(id, services.GetRequiredService<StaffDirectory>(), db, services.GetRequiredService<IUserDirectory>(), ct),
            ChangeRequests = (await services.GetRequiredService<ChangeRequestReview>().ListAsync(id, null, ct)).Select(ChangeRequestDto.From).ToList(),
            Grades = (await services.GetRequiredService<GradeCatalog>().ListAsync(ct)).Select(g => new { g.Id, g.Name }).ToList(),
            NextStatuses = MerchantStatusMachine.NextFrom(merchant.Status).Select(Names.Of).Distinct().ToList(),
            CanManage = canManage,
            Antiforgery = canManage ? PageForms.Token(context) : null,
            Changed = context.Request.Query.ContainsKey("changed"),
            Form = new { Status = form?["status"].ToString(), Reason = form?["reason"].ToString(), Categories = form?["categories"].ToString(), GradeId = form?["gradeId"].ToString() },
            Errors = PageResults.Errors(text, errors),
        };
        return await services.GetRequiredService<IPageRenderer>().PageAsync("Merchants/Detail", model, new PageOptions(merchant.ShopName, PageAudience.Admin, status), ct);
    }
}
