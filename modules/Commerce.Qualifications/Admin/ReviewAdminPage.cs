using Commerce.Display;
using Commerce.Qualifications.Api;
using Commerce.Qualifications.Data;
using Commerce.Qualifications.Domain;
using Commerce.Qualifications.Services;
using Commerce.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Commerce.Qualifications.Admin;

/// <summary>
/// <c>/admin/qualifications/review</c>: documents waiting for verification, oldest first, each with its files and a
/// verify and a reject (with reason) form; and the merchants currently restricted. Needs AuditQualifications.
/// </summary>
internal static class ReviewAdminPage
{
    public static void MapQualificationsReviewAdmin(this IEndpointRouteBuilder routes)
    {
        var admin = routes.MapGroup("admin/qualifications/review").RequirePermission(QualificationsPermissions.AuditQualifications).ExcludeFromDescription();
        admin.MapGet("/", (HttpContext context, string? decided, QualificationsDbContext db, CatalogCache catalog, IPageRenderer pages, IStringLocalizer text)
            => RenderAsync(context, db, catalog, pages, text, decided, null));
        admin.MapPost("/{documentId:guid}/verify", (HttpContext context, Guid documentId, QualificationsDbContext db, CatalogCache catalog, DocumentReviews reviews, IPageRenderer pages, IStringLocalizer text)
            => DecideAsync(context, db, catalog, pages, text, form => reviews.VerifyAsync(documentId, Version(form), MerchantAccess.Actor(context.User), context.RequestAborted)));
        admin.MapPost("/{documentId:guid}/reject", (HttpContext context, Guid documentId, QualificationsDbContext db, CatalogCache catalog, DocumentReviews reviews, IPageRenderer pages, IStringLocalizer text)
            => DecideAsync(context, db, catalog, pages, text, form => reviews.RejectAsync(documentId, Version(form), form["reason"], MerchantAccess.Actor(context.User), context.RequestAborted)));
    }

    private static int? Version(IFormCollection form) => int.TryParse(form["version"], out var version) ? version : null;

    private static async Task<IResult> DecideAsync(
        HttpContext context, QualificationsDbContext db, CatalogCache catalog, IPageRenderer pages, IStringLocalizer text,
        Func<IFormCollection, Task<Outcome<MerchantDocument>>> decide)
    {
        if (await PageForms.ReadAsync(context) is not { } form)
        {
            return await PageForms.ExpiredAsync(context, PageAudience.Admin);
        }

        var outcome = await decide(form);
        if (outcome.Refusal == Refusal.None)
        {
            return PageForms.SeeOther(context, $"/admin/qualifications/review?decided={outcome.Value!.Review.ToString().ToLowerInvariant()}");
        }

        var message = outcome.Errors is { } errors ? text[errors.First().Value[0]].Value : text[outcome.Message ?? "The change was refused."].Value;
        return await RenderAsync(context, db, catalog, pages, text, null, message);
    }

    private static async Task<IResult> RenderAsync(
        HttpContext context, QualificationsDbContext db, CatalogCache catalog, IPageRenderer pages, IStringLocalizer text, string? decided, string? error)
    {
        var index = await catalog.GetAsync(db, context.RequestAborted);
        var pending = await db.Documents.AsNoTracking().Where(d => d.Review == DocumentReview.Pending).OrderBy(d => d.Id).Take(200).ToListAsync(context.RequestAborted);
        var restrictions = await db.Restrictions.AsNoTracking().ToListAsync(context.RequestAborted);
        var model = new
        {
            Documents = pending.Select(d => new
            {
                d.Id,
                d.MerchantId,
                Type = index.DocumentTypes.TryGetValue(d.DocumentType, out var type) ? $"{type.NameZh} / {type.NameEn}" : d.DocumentType,
                d.Brand,
                d.Number,
                IssuedOn = d.IssuedOn?.ToString("yyyy-MM-dd"),
                ExpiresOn = d.ExpiresOn?.ToString("yyyy-MM-dd"),
                d.IssuingAuthority,
                d.UploadedAt,
                d.Version,
                Files = d.Files.Select(f => new { Sha256 = f, Short = f[..12], Href = $"/api/qualifications/merchants/{d.MerchantId}/documents/{d.Id}/files/{f}" }).ToList(),
            }).ToList(),
            Restrictions = restrictions.Select(r => new { r.MerchantId, Categories = string.Join(", ", r.Categories), r.Reason, r.Since }).ToList(),
            Decided = decided,
            Error = error,
            Antiforgery = PageForms.Token(context),
        };
        return await pages.PageAsync("Qualifications/Review", model,
            new PageOptions(text["Documents awaiting verification"], PageAudience.Admin, error is null ? StatusCodes.Status200OK : StatusCodes.Status409Conflict), context.RequestAborted);
    }
}
