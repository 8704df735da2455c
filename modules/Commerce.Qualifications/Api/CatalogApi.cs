using Commerce.Problems;
using Commerce.Qualifications.Data;
using Commerce.Qualifications.Services;
using Commerce.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Qualifications.Api;

/// <summary>
/// <c>/api/qualifications</c>: the catalog (industries, categories, document types, rules) and the evaluation of a
/// hypothetical applicant. Reading the catalog and evaluating are open to everyone (applicants see what they will owe);
/// changing it needs ManageQualificationRules.
/// </summary>
public static class CatalogApi
{
    public static RouteGroupBuilder MapQualificationsCatalogApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("api/qualifications").WithTags("Qualifications");
        var manage = api.MapGroup("").RequirePermission(QualificationsPermissions.ManageQualificationRules);

        api.MapGet("/industries", async (QualificationsDbContext db, CatalogCache catalog, CancellationToken ct) =>
        {
            var index = await catalog.GetAsync(db, ct);
            return TypedResults.Ok(index.Industries.Values.OrderBy(i => i.Code, StringComparer.Ordinal).Select(i => i.ToDto(index)).ToList());
        }).WithName("ListIndustries").WithSummary("The industry tree, each with its path from the root");

        api.MapGet("/categories", async (QualificationsDbContext db, CatalogCache catalog, CancellationToken ct) =>
        {
            var index = await catalog.GetAsync(db, ct);
            return TypedResults.Ok(index.Categories.Values.OrderBy(c => c.Code, StringComparer.Ordinal).Select(c => c.ToDto(index)).ToList());
        }).WithName("ListQualificationCategories").WithSummary("Product categories merchants choose, with their industry");

        api.MapGet("/document-types", async (QualificationsDbContext db, CatalogCache catalog, CancellationToken ct) =>
        {
            var index = await catalog.GetAsync(db, ct);
            return TypedResults.Ok(index.DocumentTypes.Values.OrderBy(t => t.Code, StringComparer.Ordinal).Select(t => t.ToDto()).ToList());
        }).WithName("ListDocumentTypes").WithSummary("Document types and what an upload of each must carry");

        api.MapGet("/rules", async (QualificationsDbContext db, CancellationToken ct) =>
            TypedResults.Ok((await db.Rules.AsNoTracking().ToListAsync(ct)).OrderBy(r => r.IndustryCode ?? "").ThenBy(r => r.Key).Select(r => r.ToDto()).ToList()))
            .WithName("ListRequirementRules").WithSummary("Requirement rules per industry (no industry: every merchant)");

        api.MapPost("/evaluate", EvaluateAsync)
            .WithName("EvaluateApplicant")
            .WithSummary("The requirement set of a hypothetical applicant")
            .WithDescription("Categories, brands, answers (isProducer, sellsImported, sellsAlcohol…) and shop type in; every item currently due, with the document types that satisfy it.");

        manage.MapPost("/industries", async (IndustryInput input, CatalogEditor editor, CancellationToken ct)
            => Created(await editor.SaveIndustryAsync(null, input, ct), i => $"industries/{i.Code}", i => i.Code)).WithName("CreateIndustry");
        manage.MapPut("/industries/{code}", async (string code, IndustryInput input, CatalogEditor editor, CancellationToken ct)
            => Saved(await editor.SaveIndustryAsync(code, input, ct), i => i.Code)).WithName("UpdateIndustry");
        manage.MapDelete("/industries/{code}", async (string code, CatalogEditor editor, CancellationToken ct)
            => Deleted(await editor.DeleteIndustryAsync(code, ct))).WithName("DeleteIndustry");

        manage.MapPost("/categories", async (CategoryInput input, CatalogEditor editor, CancellationToken ct)
            => Created(await editor.SaveCategoryAsync(null, input, ct), c => $"categories/{c.Code}", c => c.Code)).WithName("CreateQualificationCategory");
        manage.MapPut("/categories/{code}", async (string code, CategoryInput input, CatalogEditor editor, CancellationToken ct)
            => Saved(await editor.SaveCategoryAsync(code, input, ct), c => c.Code)).WithName("UpdateQualificationCategory");
        manage.MapDelete("/categories/{code}", async (string code, CatalogEditor editor, CancellationToken ct)
            => Deleted(await editor.DeleteCategoryAsync(code, ct))).WithName("DeleteQualificationCategory");

        manage.MapPost("/document-types", async (DocumentTypeInput input, CatalogEditor editor, CancellationToken ct)
            => Created(await editor.SaveDocumentTypeAsync(null, input, ct), t => $"document-types/{t.Code}", t => t.ToDto())).WithName("CreateDocumentType");
        manage.MapPut("/document-types/{code}", async (string code, DocumentTypeInput input, CatalogEditor editor, CancellationToken ct)
            => Saved(await editor.SaveDocumentTypeAsync(code, input, ct), t => t.ToDto())).WithName("UpdateDocumentType");
        manage.MapDelete("/document-types/{code}", async (string code, CatalogEditor editor, CancellationToken ct)
            => Deleted(await editor.DeleteDocumentTypeAsync(code, ct))).WithName("DeleteDocumentType");

        manage.MapPost("/rules", async (RuleInput input, CatalogEditor editor, CancellationToken ct)
            => Created(await editor.SaveRuleAsync(null, input, ct), r => $"rules/{r.Id}", r => r.ToDto()))
            .WithName("CreateRequirementRule")
            .WithDescription("Merchants whose categories fall under the rule's industry are evaluated again at once.");
        manage.MapPut("/rules/{id:guid}", async (Guid id, RuleInput input, CatalogEditor editor, CancellationToken ct)
            => Saved(await editor.SaveRuleAsync(id, input, ct), r => r.ToDto())).WithName("UpdateRequirementRule");
        manage.MapDelete("/rules/{id:guid}", async (Guid id, CatalogEditor editor, CancellationToken ct)
            => Deleted(await editor.DeleteRuleAsync(id, ct))).WithName("DeleteRequirementRule");

        return api;
    }

    private static async Task<Results<Ok<RequirementSetDto>, ValidationProblem>> EvaluateAsync(
        EvaluationInput input, QualificationsDbContext db, CatalogCache catalog, QualificationClock clock, CancellationToken ct)
    {
        var index = await catalog.GetAsync(db, ct);
        var profileInput = new ProfileInput(input.Categories, input.Brands, input.Answers, input.ShopType ?? "specialty");
        if (MerchantProfiles.Validate(profileInput, index) is { Count: > 0 } errors)
        {
            return ProblemResults.Validation(errors);
        }

        var profile = new QualificationProfile(input.Categories!, input.Brands ?? [], input.Answers ?? new Dictionary<string, string>(), profileInput.ShopType!.ToLowerInvariant());
        return TypedResults.Ok(index.Evaluate(profile, [], clock.Now()).ToDto());
    }

    private static Results<Created<TDto>, ValidationProblem, ProblemHttpResult> Created<T, TDto>(Outcome<T> outcome, Func<T, string> location, Func<T, TDto> dto)
        => outcome.Refusal switch
        {
            Refusal.None => TypedResults.Created($"api/qualifications/{location(outcome.Value!)}", dto(outcome.Value!)),
            Refusal.Invalid => ProblemResults.Validation(outcome.Errors!),
            _ => ProblemResults.Refused(outcome.Kind, outcome.Message ?? "Refused."),
        };

    private static Results<Ok<TDto>, ValidationProblem, ProblemHttpResult> Saved<T, TDto>(Outcome<T> outcome, Func<T, TDto> dto)
        => outcome.Refusal switch
        {
            Refusal.None => TypedResults.Ok(dto(outcome.Value!)),
            Refusal.Invalid => ProblemResults.Validation(outcome.Errors!),
            _ => ProblemResults.Refused(outcome.Kind, outcome.Message ?? "Refused."),
        };

    private static Results<NoContent, ProblemHttpResult> Deleted(Outcome<bool> outcome)
        => outcome.Refusal == Refusal.None ? TypedResults.NoContent() : ProblemResults.Refused(outcome.Kind, outcome.Message ?? "Refused.");
}
