using System.Text.RegularExpressions;
using Commerce.Files;
using Commerce.Problems;
using Commerce.Qualifications.Data;
using Commerce.Qualifications.Domain;
using Commerce.Qualifications.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Qualifications.Api;

/// <summary>
/// <c>/api/qualifications/merchants/{merchantId}</c>: one merchant's profile, requirements, documents, restriction and
/// audit log, for the merchant's own people and for auditors (AuditQualifications).
/// </summary>
public static partial class MerchantQualificationsApi
{
    public static RouteGroupBuilder MapMerchantQualificationsApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("api/qualifications/merchants/{merchantId:guid}").WithTags("Qualifications")
            .AddEndpointFilter(async (context, next) =>
                context.HttpContext.GetRouteValue("merchantId") is string raw && Guid.TryParse(raw, out var merchantId)
                && await MerchantAccess.CheckAsync(context.HttpContext, merchantId) is { } refusal
                    ? refusal
                    : await next(context));

        api.MapGet("/profile", GetProfileAsync).WithName("GetQualificationProfile").WithSummary("The merchant's categories, brands, answers and shop type");
        api.MapPut("/profile", PutProfileAsync).WithName("SetQualificationProfile")
            .WithSummary("Sets the merchant's profile and evaluates it").WithDescription("Send the version read to refuse a concurrent change (409).");
        api.MapGet("/requirements", GetRequirementsAsync).WithName("GetMerchantRequirements")
            .WithSummary("What the merchant owes: each requirement's state, reason and deadline");
        api.MapGet("/documents", ListDocumentsAsync).WithName("ListMerchantDocuments").WithSummary("The merchant's documents, newest first");
        api.MapPost("/documents", UploadAsync).WithName("UploadQualificationDocument").DisableAntiforgery()
            .WithSummary("Uploads a document (multipart/form-data)")
            .WithDescription("Fields documentType, brand, number, issuedOn, expiresOn (empty for long-term), issuingAuthority and one or more files. Files are judged by content, not by name.");
        api.MapGet("/documents/{documentId:guid}/files/{sha256}", DownloadAsync).WithName("DownloadQualificationFile")
            .WithSummary("Downloads one file of a document");
        api.MapGet("/restriction", GetRestrictionAsync).WithName("GetMerchantRestriction")
            .WithSummary("The categories the merchant may not trade in because a required document is past due");
        api.MapGet("/audit-log", GetAuditLogAsync).WithName("GetQualificationAuditLog").WithSummary("Uploads, decisions and restrictions, newest first");
        return api;
    }

    private static async Task<Results<Ok<ProfileDto>, ProblemHttpResult>> GetProfileAsync(Guid merchantId, QualificationsDbContext db, CancellationToken ct)
        => await db.Profiles.AsNoTracking().FirstOrDefaultAsync(p => p.MerchantId == merchantId, ct) is { } profile
            ? TypedResults.Ok(profile.ToDto())
            : ProblemResults.NotFound("Not found.", "Qualifications has no profile for this merchant yet.");

    private static async Task<Results<Ok<ProfileDto>, ValidationProblem, ProblemHttpResult>> PutProfileAsync(
        Guid merchantId, ProfileInput input, MerchantProfiles profiles, HttpContext context, CancellationToken ct)
    {
        var outcome = await profiles.SetAsync(merchantId, input, MerchantAccess.Actor(context.User), ct);
        return outcome.Refusal switch
        {
            Refusal.None => TypedResults.Ok(outcome.Value!.ToDto()),
            Refusal.Invalid => ProblemResults.Validation(outcome.Errors!),
            _ => ProblemResults.Refused(outcome.Kind, outcome.Message ?? "Refused."),
        };
    }

    private static async Task<Results<Ok<RequirementSetDto>, ProblemHttpResult>> GetRequirementsAsync(Guid merchantId, MerchantQualifications qualifications, CancellationToken ct)
        => await qualifications.EvaluateAsync(merchantId, ct) is { } set
            ? TypedResults.Ok(set.ToDto())
            : ProblemResults.NotFound("Not found.", "Qualifications has no profile for this merchant yet.");

    private static async Task<Ok<List<DocumentDto>>> ListDocumentsAsync(Guid merchantId, QualificationsDbContext db, CancellationToken ct)
        => TypedResults.Ok((await db.Documents.AsNoTracking().Where(d => d.MerchantId == merchantId).OrderByDescending(d => d.Id).ToListAsync(ct))
            .Select(d => d.ToDto()).ToList());

    private static async Task<Results<Created<DocumentDto>, ValidationProblem, ProblemHttpResult>> UploadAsync(
        Guid merchantId, HttpContext context, [FromServices] DocumentReviews reviews, CancellationToken ct)
    {
        if (!context.Request.HasFormContentType)
        {
            return ProblemResults.Field("files", "Send multipart/form-data.");
        }

        var form = await context.Request.ReadFormAsync(ct);
        var errors = new Dictionary<string, string[]>();
        var issuedOn = ParseDate(form["issuedOn"], "issuedOn", errors);
        var expiresOn = ParseDate(form["expiresOn"], "expiresOn", errors);
        if (errors.Count > 0)
        {
            return ProblemResults.Validation(errors);
        }

        var upload = new DocumentUpload(
            form["documentType"], form["brand"], form["number"], issuedOn, expiresOn, form["issuingAuthority"],
            [.. form.Files.Select(f => new UploadedFile(f.FileName, f.Length, f.OpenReadStream))]);
        var outcome = await reviews.UploadAsync(merchantId, upload, MerchantAccess.Actor(context.User), ct);
        return outcome.Refusal switch
        {
            Refusal.None => TypedResults.Created($"api/qualifications/merchants/{merchantId}/documents/{outcome.Value!.Id}", outcome.Value.ToDto()),
            Refusal.Invalid => ProblemResults.Validation(outcome.Errors!),
            _ => ProblemResults.Refused(outcome.Kind, outcome.Message ?? "Refused."),
        };
    }

    private static async Task<IResult> DownloadAsync(
        Guid merchantId, Guid documentId, string sha256, QualificationsDbContext db, [FromServices] IFileStore files, AuditLog audit, HttpContext context, CancellationToken ct)
    {
        // The key must be a hash the document lists: nothing the caller writes ever becomes a path.
        var document = await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Id == documentId && d.MerchantId == merchantId, ct);
        if (document is null || !Sha256Pattern().IsMatch(sha256) || !document.Files.Contains(sha256)
            || await files.OpenAsync(sha256, ct) is not { } content)
        {
            return ProblemResults.NotFound("Not found.", "No such file in this document.");
        }

        audit.Add(merchantId, AuditActions.Downloaded, MerchantAccess.Actor(context.User), documentId, sha256);
        await db.SaveChangesAsync(ct);
        var kind = FileKind.Unknown;
        if (content.CanSeek)
        {
            var head = new byte[FileKinds.SignatureLength];
            var read = await content.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, ct);
            kind = FileKinds.Detect(head.AsSpan(0, read));
            content.Position = 0;
        }

        var name = $"{document.DocumentType}-{sha256[..12]}{Extension(kind)}";
        return TypedResults.Stream(content, FileKinds.ContentType(kind), name);
    }

    private static async Task<Ok<RestrictionDto>> GetRestrictionAsync(Guid merchantId, QualificationsDbContext db, CancellationToken ct)
        => TypedResults.Ok(await db.Restrictions.AsNoTracking().FirstOrDefaultAsync(r => r.MerchantId == merchantId, ct) is { } r
            ? new RestrictionDto(merchantId, r.Categories, r.Reason, r.Since)
            : new RestrictionDto(merchantId, [], "", null));

    private static async Task<Ok<List<AuditEntryDto>>> GetAuditLogAsync(Guid merchantId, QualificationsDbContext db, CancellationToken ct)
        => TypedResults.Ok((await db.AuditLog.AsNoTracking().Where(e => e.MerchantId == merchantId).OrderByDescending(e => e.Id).Take(500).ToListAsync(ct))
            .Select(e => e.ToDto()).ToList());

    internal static DateOnly? ParseDate(string? value, string field, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", out var date))
        {
            return date;
        }

        errors[field] = ["Write the date as yyyy-MM-dd."];
        return null;
    }

    private static string Extension(FileKind kind) => kind switch
    {
        FileKind.Pdf => ".pdf",
        FileKind.Jpeg => ".jpg",
        FileKind.Png => ".png",
        FileKind.Webp => ".webp",
        _ => "",
    };

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex Sha256Pattern();
}
