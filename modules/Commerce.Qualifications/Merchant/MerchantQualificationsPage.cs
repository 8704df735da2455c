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

namespace Commerce.Qualifications.Merchant;

/// <summary>
/// <c>/merchant/qualifications</c>, "my qualifications": for the signed-in merchant's people, what is owed and by when,
/// the documents sent and their review, and an upload form (<c>Views/Qualifications/Merchant.liquid</c>).
/// A user of several merchants picks one with <c>?merchant=</c>.
/// </summary>
internal static class MerchantQualificationsPage
{
    public static void MapMerchantQualificationsPage(this IEndpointRouteBuilder routes)
    {
        var page = routes.MapGroup("merchant/qualifications").RequireAuthorization().ExcludeFromDescription();
        page.MapGet("/", (HttpContext context, Guid? merchant, string? uploaded, QualificationsDbContext db, CatalogCache catalog, MerchantQualifications qualifications, IPageRenderer pages, IStringLocalizer text)
            => RenderAsync(context, merchant, uploaded is not null, db, catalog, qualifications, pages, text, null, null));
        page.MapPost("/upload", UploadAsync);
    }

    private static async Task<IResult> UploadAsync(
        HttpContext context, Guid? merchant, QualificationsDbContext db, CatalogCache catalog, MerchantQualifications qualifications, DocumentReviews reviews,
        IPageRenderer pages, IStringLocalizer text)
    {
        if (await PageForms.ReadAsync(context) is not { } form)
        {
            return await PageForms.ExpiredAsync(context, PageAudience.Merchant);
        }

        if (Chosen(context, merchant) is not { } merchantId)
        {
            return Commerce.Problems.ProblemResults.Forbidden("Only the merchant's people may upload its documents.");
        }

        var errors = new Dictionary<string, string[]>();
        var issuedOn = MerchantQualificationsApi.ParseDate(form["issuedOn"], "issuedOn", errors);
        var expiresOn = MerchantQualificationsApi.ParseDate(form["expiresOn"], "expiresOn", errors);
        if (errors.Count == 0)
        {
            var upload = new DocumentUpload(form["documentType"], form["brand"], form["number"], issuedOn, expiresOn, form["issuingAuthority"],
                [.. form.Files.Select(f => new UploadedFile(f.FileName, f.Length, f.OpenReadStream))]);
            var outcome = await reviews.UploadAsync(merchantId, upload, MerchantAccess.Actor(context.User), context.RequestAborted);
            if (outcome.Refusal == Refusal.None)
            {
                return PageForms.SeeOther(context, $"/merchant/qualifications?merchant={merchantId}&uploaded=1");
            }

            errors = outcome.Errors ?? new() { ["form"] = [outcome.Message ?? "The upload was refused."] };
        }

        return await RenderAsync(context, merchantId, false, db, catalog, qualifications, pages, text, errors, form);
    }

    /// <summary>The merchant the page is about: the one asked for if the user belongs to it, else the user's first.</summary>
    private static Guid? Chosen(HttpContext context, Guid? requested)
    {
        var merchants = MerchantClaims.MerchantsOf(context.User);
        return requested is { } id ? (merchants.Contains(id) ? id : null) : merchants.Count > 0 ? merchants[0] : null;
    }

    private static async Task<IResult> RenderAsync(
        HttpContext context, Guid? requested, bool uploaded, QualificationsDbContext db, CatalogCache catalog, MerchantQualifications qualifications,
        IPageRenderer pages, IStringLocalizer text, Dictionary<string, string[]>? errors, IFormCollection? form)
    {
        var merchantId = Chosen(context, requested);
        var set = merchantId is { } id ? await qualifications.EvaluateAsync(id, context.RequestAborted) : null;
        var index = await catalog.GetAsync(db, context.RequestAborted);
        var documents = merchantId is { } owner
            ? await db.Documents.AsNoTracking().Where(d => d.MerchantId == owner).OrderByDescending(d => d.Id).Take(100).ToListAsync(context.RequestAborted)
            : [];
        var brands = merchantId is { } m
            ? await db.Profiles.AsNoTracking().Where(p => p.MerchantId == m).Select(p => p.Brands).FirstOrDefaultAsync(context.RequestAborted) ?? []
            : [];
        string TypeName(string code) => index.DocumentTypes.TryGetValue(code, out var t) ? $"{t.NameZh} / {t.NameEn}" : code;
        var model = new
        {
            MerchantId = merchantId,
            Merchants = MerchantClaims.MerchantsOf(context.User),
            HasProfile = set is not null,
            Uploaded = uploaded,
            Items = (set?.Items ?? []).OrderBy(i => StateOrder(i.State)).Select(i => new
            {
                i.Key,
                State = i.State.Name(),
                i.Reason,
                i.Deadline,
                i.Brand,
                Categories = string.Join(", ", i.Categories),
                Documents = string.Join(" | ", i.Alternatives.Select(a => $"{a.NameZh} / {a.NameEn}{(a.FreshnessMonths is { } f ? $" ({text["issued within {0} months", f].Value})" : "")}")),
                Codes = i.Alternatives.Select(a => a.Code).ToList(),
            }).ToList(),
            Restricted = set is null ? "" : string.Join(", ", Domain.Restrictions.RestrictedCategories(set)),
            Documents = documents.Select(d => new
            {
                Type = TypeName(d.DocumentType),
                d.Brand,
                d.Number,
                ExpiresOn = d.ExpiresOn?.ToString("yyyy-MM-dd"),
                Review = d.Review.ToString().ToLowerInvariant(),
                d.RejectionReason,
                d.UploadedAt,
            }).ToList(),
            DocumentTypes = index.DocumentTypes.Values.OrderBy(t => t.Code, StringComparer.Ordinal).Select(t => new { t.Code, Name = $"{t.NameZh} / {t.NameEn}" }).ToList(),
            Brands = brands,
            Errors = (errors ?? []).Select(e => $"{e.Key}: {text[e.Value[0]].Value}").ToList(),
            Form = form?.Where(f => f.Key != "__RequestVerificationToken").ToDictionary(f => f.Key, f => f.Value.ToString()) ?? [],
            Antiforgery = PageForms.Token(context),
        };
        var status = errors is { Count: > 0 } ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
        return await pages.PageAsync("Qualifications/Merchant", model, new PageOptions(text["My qualifications"], PageAudience.Merchant, status), context.RequestAborted);
    }

    private static int StateOrder(RequirementState state) => state switch
    {
        RequirementState.PastDue => 0,
        RequirementState.Rejected => 1,
        RequirementState.CurrentlyDue => 2,
        RequirementState.EventuallyDue => 3,
        RequirementState.PendingVerification => 4,
        _ => 5,
    };
}
