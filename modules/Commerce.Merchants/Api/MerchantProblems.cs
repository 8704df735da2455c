using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Commerce.Merchants.Api;

/// <summary>Problem details with stable <c>type</c> values for the merchants API.</summary>
internal static class MerchantProblems
{
    public const string TypePrefix = "urn:commerce:problem:";

    public static ValidationProblem Validation(IReadOnlyDictionary<string, string[]> errors)
        => TypedResults.ValidationProblem(errors, type: TypePrefix + "validation");

    public static ValidationProblem Field(string field, string message) => Validation(new Dictionary<string, string[]> { [field] = [message] });

    public static ProblemHttpResult NotFound(string what = "merchant")
        => TypedResults.Problem(new ProblemDetails
        {
            Status = StatusCodes.Status404NotFound, Type = TypePrefix + what + "-not-found", Title = $"The {what} does not exist",
        });

    public static ProblemHttpResult Forbidden()
        => TypedResults.Problem(new ProblemDetails
        {
            Status = StatusCodes.Status403Forbidden, Type = TypePrefix + "forbidden", Title = "You may not do this for this merchant",
        });

    /// <summary>409 with the stored state under <c>current</c>, so the caller can show it and retry from it.</summary>
    public static ProblemHttpResult Conflict(object current)
        => TypedResults.Problem(new ProblemDetails
        {
            Status = StatusCodes.Status409Conflict,
            Type = TypePrefix + "concurrency",
            Title = "Someone else changed this meanwhile",
            Detail = "The version sent is not the current one. The current state is in 'current'; apply the change to it and send its version.",
            Extensions = { ["current"] = current },
        });
}
