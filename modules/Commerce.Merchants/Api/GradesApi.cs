using Commerce.Merchants.Services;
using Commerce.Problems;
using Commerce.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Commerce.Merchants.Api;

/// <summary>Grades (<c>/api/merchants/grades</c>) and the merchant permissions they bundle.</summary>
public static class GradesApi
{
    public static void MapGradesApi(this RouteGroupBuilder api)
    {
        api.MapGet("/grades", async (GradeCatalog grades, CancellationToken ct) => TypedResults.Ok((await grades.ListAsync(ct)).Select(GradeDto.From).ToList()))
            .RequirePermission(MerchantsPermissions.ViewMerchants)
            .WithName("ListGrades").WithSummary("The grades, the default first");
        api.MapPost("/grades", (GradeInput input, GradeCatalog grades, CancellationToken ct) => SaveAsync(input.Id, input, grades, creating: true, ct))
            .RequirePermission(MerchantsPermissions.ManageMerchants)
            .WithName("CreateGrade").WithSummary("Define a grade")
            .WithDescription("id: a lower-case slug. permissions: merchant permissions its people can get. deposit: { amount, currency } with an ISO 4217 currency and at most its minor units of decimals (depositAmount and depositCurrency, the older shape, are still read). isDefault makes it the default (the first grade always is).");
        api.MapPut("/grades/{gradeId}", (string gradeId, GradeInput input, GradeCatalog grades, CancellationToken ct) => SaveAsync(gradeId, input, grades, creating: false, ct))
            .RequirePermission(MerchantsPermissions.ManageMerchants)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("UpdateGrade").WithSummary("Change a grade; send its version");
        api.MapGet("/permissions", () => TypedResults.Ok(MerchantPermissionNames.All))
            .WithName("MerchantPermissions").WithSummary("The merchant-scoped permissions grades bundle and owners hand to staff");
    }

    private static async Task<Results<Ok<GradeDto>, Created<GradeDto>, ValidationProblem, ProblemHttpResult>> SaveAsync(
        string? gradeId, GradeInput input, GradeCatalog grades, bool creating, CancellationToken ct)
    {
        var existing = string.IsNullOrWhiteSpace(gradeId) ? null : await grades.FindOrDefaultAsync(gradeId, ct);
        if (creating && existing is not null)
        {
            return ProblemResults.Field("id", "A grade with this id exists already.");
        }

        if (!creating && existing is null)
        {
            return ProblemResults.NotFound("The grade does not exist", legacyCode: "grade-not-found");
        }

        if (!creating && input.Version is null)
        {
            return ProblemResults.Field("version", "Send the version of the grade you are changing.");
        }

        var grade = await grades.SaveAsync(
            new GradeDefinition(gradeId, input.Name, input.IsDefault, input.MaxCategories, input.MaxStaff, input.MaxProducts, input.Permissions, input.DepositAmount, input.DepositCurrency, input.Deposit),
            input.Version, ct);
        return creating ? TypedResults.Created($"/api/merchants/grades/{grade.Id}", GradeDto.From(grade)) : TypedResults.Ok(GradeDto.From(grade));
    }
}
