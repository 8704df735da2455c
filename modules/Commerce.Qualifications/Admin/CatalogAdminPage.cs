using Commerce.Display;
using Commerce.Qualifications.Api;
using Commerce.Qualifications.Data;
using Commerce.Qualifications.Services;
using Commerce.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Commerce.Qualifications.Admin;

/// <summary>
/// <c>/admin/qualifications</c>: industries with their categories, document types and rules, each with a form to add
/// one, and rules with a delete button (<c>Views/Qualifications/Catalog.liquid</c>). Needs ManageQualificationRules.
/// </summary>
internal static class CatalogAdminPage
{
    public static void MapQualificationsCatalogAdmin(this IEndpointRouteBuilder routes)
    {
        var admin = routes.MapGroup("admin/qualifications").RequirePermission(QualificationsPermissions.ManageQualificationRules).ExcludeFromDescription();
        admin.MapGet("/", (HttpContext context, string? saved, QualificationsDbContext db, CatalogCache catalog, IPageRenderer pages, IStringLocalizer text)
            => RenderAsync(context, db, catalog, pages, text, null, null, saved));
        admin.MapPost("/industries", (HttpContext context, QualificationsDbContext db, CatalogCache catalog, CatalogEditor editor, IPageRenderer pages, IStringLocalizer text)
            => PostAsync(context, "industry", db, catalog, pages, text, async form =>
                (await editor.SaveIndustryAsync(null, new IndustryInput(form["code"], Blank(form["parent"]), form["nameZh"], form["nameEn"]), context.RequestAborted)).Errors));
        admin.MapPost("/categories", (HttpContext context, QualificationsDbContext db, CatalogCache catalog, CatalogEditor editor, IPageRenderer pages, IStringLocalizer text)
            => PostAsync(context, "category", db, catalog, pages, text, async form =>
                (await editor.SaveCategoryAsync(null, new CategoryInput(form["code"], form["industry"], form["nameZh"], form["nameEn"]), context.RequestAborted)).Errors));
        admin.MapPost("/document-types", (HttpContext context, QualificationsDbContext db, CatalogCache catalog, CatalogEditor editor, IPageRenderer pages, IStringLocalizer text)
            => PostAsync(context, "documentType", db, catalog, pages, text, async form =>
                (await editor.SaveDocumentTypeAsync(null, DocumentTypeFrom(form), context.RequestAborted)).Errors));
        admin.MapPost("/rules", (HttpContext context, QualificationsDbContext db, CatalogCache catalog, CatalogEditor editor, IPageRenderer pages, IStringLocalizer text)
            => PostAsync(context, "rule", db, catalog, pages, text, async form => RuleFrom(form, out var input) is { } errors
                ? errors
                : (await editor.SaveRuleAsync(null, input!, context.RequestAborted)).Errors));
        admin.MapPost("/rules/{id:guid}", (HttpContext context, Guid id, QualificationsDbContext db, CatalogCache catalog, CatalogEditor editor, IPageRenderer pages, IStringLocalizer text)
            => PostAsync(context, "rules", db, catalog, pages, text, async form => RuleFrom(form, out var input) is { } errors
                ? errors
                : Refused(await editor.SaveRuleAsync(id, input! with { Version = int.TryParse(form["version"], out var v) ? v : null }, context.RequestAborted))));
        admin.MapPost("/industries/{code}/delete", (HttpContext context, string code, QualificationsDbContext db, CatalogCache catalog, CatalogEditor editor, IPageRenderer pages, IStringLocalizer text)
            => PostAsync(context, "industries", db, catalog, pages, text, async _ => Refused(await editor.DeleteIndustryAsync(code, context.RequestAborted))));
        admin.MapPost("/categories/{code}/delete", (HttpContext context, string code, QualificationsDbContext db, CatalogCache catalog, CatalogEditor editor, IPageRenderer pages, IStringLocalizer text)
            => PostAsync(context, "industries", db, catalog, pages, text, async _ => Refused(await editor.DeleteCategoryAsync(code, context.RequestAborted))));
        admin.MapPost("/document-types/{code}/delete", (HttpContext context, string code, QualificationsDbContext db, CatalogCache catalog, CatalogEditor editor, IPageRenderer pages, IStringLocalizer text)
            => PostAsync(context, "documentTypes", db, catalog, pages, text, async _ => Refused(await editor.DeleteDocumentTypeAsync(code, context.RequestAborted))));
        admin.MapPost("/rules/{id:guid}/delete", (HttpContext context, Guid id, QualificationsDbContext db, CatalogCache catalog, CatalogEditor editor, IPageRenderer pages, IStringLocalizer text)
            => PostAsync(context, "rules", db, catalog, pages, text, async _ =>
                Refused(await editor.DeleteRuleAsync(id, context.RequestAborted))));
    }

    /// <summary>A refused change as the page shows it: the field errors, or the reason under <c>form</c>.</summary>
    private static Dictionary<string, string[]>? Refused<T>(Outcome<T> outcome) => outcome.Refusal switch
    {
        Refusal.None => null,
        Refusal.Invalid => outcome.Errors,
        _ => new() { ["form"] = [outcome.Message!] },
    };

    private static async Task<IResult> PostAsync(
        HttpContext context, string formName, QualificationsDbContext db, CatalogCache catalog, IPageRenderer pages, IStringLocalizer text,
        Func<IFormCollection, Task<Dictionary<string, string[]>?>> change)
    {
        if (await PageForms.ReadAsync(context) is not { } form)
        {
            return await PageForms.ExpiredAsync(context, PageAudience.Admin);
        }

        var errors = await change(form);
        return errors is { Count: > 0 }
            ? await RenderAsync(context, db, catalog, pages, text, formName, errors, null, form)
            : PageForms.SeeOther(context, $"/admin/qualifications?saved={formName}");
    }

    private static async Task<IResult> RenderAsync(
        HttpContext context, QualificationsDbContext db, CatalogCache catalog, IPageRenderer pages, IStringLocalizer text,
        string? failedForm, Dictionary<string, string[]>? errors, string? saved, IFormCollection? form = null)
    {
        var index = await catalog.GetAsync(db, context.RequestAborted);
        var rules = await db.Rules.AsNoTracking().ToListAsync(context.RequestAborted);
        var model = new
        {
            Industries = index.Industries.Values
                .Select(i => new { i.Code, i.NameZh, i.NameEn, Depth = index.IndustryPath(i.Code).Count - 1, Path = string.Join(" › ", index.IndustryPath(i.Code)) })
                .OrderBy(i => i.Path, StringComparer.Ordinal).ToList(),
            Categories = index.Categories.Values.OrderBy(c => c.Code, StringComparer.Ordinal).ToList(),
            DocumentTypes = index.DocumentTypes.Values.OrderBy(t => t.Code, StringComparer.Ordinal)
                .Select(t => new { t.Code, t.NameZh, t.NameEn, Format = CatalogValidation.FormatName(t.NumberFormat), t.NumberPattern, t.RequiresExpiresOn, Kinds = string.Join(", ", t.AcceptedKinds), t.MaxFileBytes, t.MaxFiles })
                .ToList(),
            Rules = rules.OrderBy(r => r.IndustryCode ?? "", StringComparer.Ordinal).ThenBy(r => r.Key, StringComparer.Ordinal)
                .Select(r => new
                {
                    r.Id,
                    r.Key,
                    Industry = r.IndustryCode,
                    Alternatives = string.Join(" / ", r.Alternatives),
                    Conditions = string.Join("; ", r.Conditions.Select(c => $"{c.Answer}{(c.Negate ? "!=" : "=")}{c.Value}")),
                    AlternativeCodes = r.Alternatives,
                    ShopTypeCodes = r.ShopTypes,
                    r.Version,
                    ShopTypes = string.Join(", ", r.ShopTypes),
                    r.FreshnessMonths,
                    r.PerBrand,
                    r.GraceDays,
                }).ToList(),
            ShopTypes = CatalogValidation.ShopTypes,
            FileKinds = new[] { "pdf", "jpeg", "png", "webp" },
            Saved = saved,
            FailedForm = failedForm,
            Errors = (errors ?? []).Select(e => $"{e.Key}: {text[e.Value[0]].Value}").ToList(),
            Form = form?.ToDictionary(f => f.Key, f => f.Value.ToString()) ?? [],
            Antiforgery = PageForms.Token(context),
        };
        var status = errors is { Count: > 0 } ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
        return await pages.PageAsync("Qualifications/Catalog", model, new PageOptions(text["Qualification rules"], PageAudience.Admin, status), context.RequestAborted);
    }

    private static DocumentTypeInput DocumentTypeFrom(IFormCollection form) => new(
        form["code"], form["nameZh"], form["nameEn"], form["requiresNumber"] == "on", form["numberFormat"], Blank(form["numberPattern"]),
        form["requiresIssuedOn"] == "on", form["requiresExpiresOn"] == "on", form["requiresIssuingAuthority"] == "on",
        [.. form["acceptedKinds"].Where(k => !string.IsNullOrEmpty(k)).Select(k => k!)],
        long.TryParse(form["maxFileMegabytes"], out var megabytes) ? megabytes * 1024 * 1024 : null,
        int.TryParse(form["maxFiles"], out var files) ? files : null);

    /// <summary>Reads the rule form; conditions are written <c>answer=value</c> or <c>answer!=value</c>, separated by semicolons.</summary>
    private static Dictionary<string, string[]>? RuleFrom(IFormCollection form, out RuleInput? input)
    {
        input = null;
        var conditions = new List<ConditionInput>();
        foreach (var part in form["conditions"].ToString().Split([';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var negate = part.Contains("!=", StringComparison.Ordinal);
            var pieces = part.Split(negate ? "!=" : "=", 2, StringSplitOptions.TrimEntries);
            if (pieces.Length != 2 || pieces[0].Length == 0)
            {
                return new() { ["conditions"] = ["Write each condition as answer=value or answer!=value, separated by semicolons."] };
            }

            conditions.Add(new ConditionInput(pieces[0], pieces[1], negate));
        }

        int? Number(string name) => int.TryParse(form[name], out var value) ? value : null;
        input = new RuleInput(
            form["key"], Blank(form["industry"]),
            [.. form["alternatives"].Where(a => !string.IsNullOrEmpty(a)).Select(a => a!)],
            conditions,
            [.. form["shopTypes"].Where(s => !string.IsNullOrEmpty(s)).Select(s => s!)],
            Number("freshnessMonths"), form["perBrand"] == "on", Number("graceDays"));
        return null;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
