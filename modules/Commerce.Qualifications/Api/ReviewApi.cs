using Commerce.Problems;
using Commerce.Qualifications.Data;
using Commerce.Qualifications.Domain;
using Commerce.Qualifications.Services;
using Commerce.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Qualifications.Api;

/// <summary><c>/api/qualifications/review</c> and <c>/api/qualifications/restrictions</c>: the auditors' queue, decisions and the restricted merchants (AuditQualifications).</summary>
public static class ReviewApi
{
    public static RouteGroupBuilder MapQualificationsReviewApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("api/qualifications").WithTags("Qualifications").RequirePermission(QualificationsPermissions.AuditQualifications);

        api.MapGet("/review", async (QualificationsDbContext db, CancellationToken ct) =>
                TypedResults.Ok((await db.Documents.AsNoTracking().Where(d => d.Review == DocumentReview.Pending).OrderBy(d => d.Id).Take(200).ToListAsync(ct))
                    .Select(d => d.ToDto()).ToList()))
            .WithName("ListDocumentsAwaitingVerification").WithSummary("Documents waiting for verification, oldest first");

        api.MapPost("/documents/{documentId:guid}/verify", async (Guid documentId, DecisionInput? input, DocumentReviews reviews, HttpContext context, CancellationToken ct) =>
                Decided(await reviews.VerifyAsync(documentId, input?.Version, MerchantAccess.Actor(context.User), ct)))
            .WithName("VerifyQualificationDocument").WithSummary("Verifies a pending document; restrictions it caused are lifted");

        api.MapPost("/documents/{documentId:guid}/reject", async (Guid documentId, DecisionInput input, DocumentReviews reviews, HttpContext context, CancellationToken ct) =>
                Decided(await reviews.RejectAsync(documentId, input.Version, input.Reason, MerchantAccess.Actor(context.User), ct)))
            .WithName("RejectQualificationDocument").WithSummary("Rejects a pending document with a reason the merchant sees");

        api.MapGet("/restrictions", async (QualificationsDbContext db, CancellationToken ct) =>
                TypedResults.Ok((await db.Restrictions.AsNoTracking().ToListAsync(ct))
                    .OrderBy(r => r.MerchantId).Select(r => new RestrictionDto(r.MerchantId, r.Categories, r.Reason, r.Since)).ToList()))
            .WithName("ListQualificationRestrictions").WithSummary("Every merchant restricted for past-due documents");

        return api;
    }

    private static Results<Ok<DocumentDto>, ValidationProblem, ProblemHttpResult> Decided(Outcome<MerchantDocument> outcome)
        => outcome.Refusal switch
        {
            Refusal.None => TypedResults.Ok(outcome.Value!.ToDto()),
            Refusal.Invalid => ProblemResults.Validation(outcome.Errors!),
            _ => ProblemResults.Refused(outcome.Kind, outcome.Message ?? "Refused."),
        };
}
