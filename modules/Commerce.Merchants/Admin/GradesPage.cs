using System.Globalization;
using Commerce.Display;
using Commerce.Merchants.Api;
using Commerce.Merchants.Domain;
using Commerce.Merchants.Services;
using Commerce.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;

namespace Commerce.Merchants.Admin;

/// <summary><c>/admin/merchants/grades</c>: the grades with their limits, permissions and deposit, and a form to define or change one.</summary>
internal static class GradesPage
{
    public static void MapGradesPage(this IEndpointRouteBuilder routes)
    {
        var admin = routes.MapGroup("/admin/merchants/grades").ExcludeFromDescription();
        admin.MapGet("/", (HttpContext context, string? edit, GradeCatalog grades, MerchantAccess access, IPageRenderer pages, IStringLocalizer text, CancellationToken ct)
                => RenderAsync(context, edit, null, null, grades, access, pages, text, StatusCodes.Status200OK, ct))
            .RequirePermission(MerchantsPermissions.ViewMerchants);
        admin.MapPost("/", SaveAsync).RequirePermission(MerchantsPermissions.ManageMerchants);
    }

    private static async Task<IResult> SaveAsync(HttpContext context, GradeCatalog grades, MerchantAccess access, IPageRenderer pages, IStringLocalizer text, CancellationToken ct)
    {
        if (await PageForms.ReadAsync(context) is not { } form)
        {
            return await PageForms.ExpiredAsync(context, PageAudience.Admin);
        }

        static int Number(string? value) => int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : -1;
        var definition = new GradeDefinition(
            form["id"].ToString().Trim(),
            form["name"],
            form["isDefault"] == "true",
            Number(form["maxCategories"]),
            Number(form["maxStaff"]),
            Number(form["maxProducts"]),
            [.. form["permissions"].Where(p => !string.IsNullOrEmpty(p)).Select(p => p!)],
            decimal.TryParse(form["depositAmount"], NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) ? amount : -1,
            form["depositCurrency"].ToString().Trim().ToUpperInvariant());
        int? version = int.TryParse(form["version"], NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;
        try
        {
            await grades.SaveAsync(definition, version, ct);
            return PageForms.SeeOther(context, "/admin/merchants/grades?saved=" + Uri.EscapeDataString(definition.Id!));
        }
        catch (MerchantValidationException e)
        {
            return await RenderAsync(context, null, form, e.Errors, grades, access, pages, text, StatusCodes.Status400BadRequest, ct);
        }
        catch (MerchantRuleException e)
        {
            return await RenderAsync(context, null, form, PageResults.Error(e.Field, e.Message), grades, access, pages, text, StatusCodes.Status400BadRequest, ct);
        }
        catch (MerchantConflictException e)
        {
            return await RenderAsync(context, null, null, PageResults.Error("form", e.Message), grades, access, pages, text, StatusCodes.Status409Conflict, ct);
        }
    }

    private static async Task<IResult> RenderAsync(
        HttpContext context, string? edit, IFormCollection? form, IReadOnlyDictionary<string, string[]>? errors, GradeCatalog grades, MerchantAccess access,
        IPageRenderer pages, IStringLocalizer text, int status, CancellationToken ct)
    {
        var list = await grades.ListAsync(ct);
        var editing = list.FirstOrDefault(g => g.Id == edit);
        var canManage = await access.IsPlatformAsync(context.User, MerchantsPermissions.ManageMerchants);
        object formModel = form is not null
            ? new
            {
                Id = form["id"].ToString(), Name = form["name"].ToString(), IsDefault = form["isDefault"] == "true", MaxCategories = form["maxCategories"].ToString(),
                MaxStaff = form["maxStaff"].ToString(), MaxProducts = form["maxProducts"].ToString(), Permissions = form["permissions"].Select(p => p ?? "").ToList(),
                DepositAmount = form["depositAmount"].ToString(), DepositCurrency = form["depositCurrency"].ToString(), Version = form["version"].ToString(),
            }
            : editing is not null
                ? new
                {
                    editing.Id, editing.Name, editing.IsDefault, MaxCategories = Invariant(editing.MaxCategories), MaxStaff = Invariant(editing.MaxStaff),
                    MaxProducts = Invariant(editing.MaxProducts), Permissions = editing.Permissions, DepositAmount = editing.Deposit.ToString("F", CultureInfo.InvariantCulture),
                    DepositCurrency = editing.Deposit.CurrencyCode, Version = Invariant(editing.Version),
                }
                : new { Id = "", Name = "", IsDefault = false, MaxCategories = "5", MaxStaff = "5", MaxProducts = "1000", Permissions = MerchantPermissionNames.All.ToList(), DepositAmount = Money.Zero("CNY").ToString("F", CultureInfo.InvariantCulture), DepositCurrency = "CNY", Version = "" };
        var model = new
        {
            Grades = list.Select(g => new
            {
                g.Id, g.Name, g.IsDefault, g.MaxCategories, g.MaxStaff, g.MaxProducts, g.Permissions,
                g.Deposit,
            }).ToList(),
            AllPermissions = MerchantPermissionNames.All,
            CanManage = canManage,
            Antiforgery = canManage ? PageForms.Token(context) : null,
            Editing = editing is not null || (form is not null && form["version"].ToString().Length > 0),
            Saved = context.Request.Query["saved"].ToString(),
            Form = formModel,
            Errors = PageResults.Errors(text, errors),
        };
        return await pages.PageAsync("Merchants/Grades", model, new PageOptions(text["Merchant grades"], PageAudience.Admin, status), ct);
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
