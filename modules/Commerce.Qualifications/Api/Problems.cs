using Commerce.Qualifications.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Commerce.Qualifications.Api;

/// <summary>Refusals as RFC 7807 problem details with stable types.</summary>
internal static class Problems
{
    public const string Validation = "urn:commerce:problem:validation";
    public const string NotFound = "urn:commerce:problem:not-found";
    public const string Conflict = "urn:commerce:problem:conflict";

    public static ValidationProblem Invalid(Dictionary<string, string[]> errors) => TypedResults.ValidationProblem(errors, type: Validation);

    public static ProblemHttpResult Refused<T>(Outcome<T> outcome) => outcome.Refusal switch
    {
        Refusal.NotFound => TypedResults.Problem(outcome.Message, statusCode: StatusCodes.Status404NotFound, title: "Not found.", type: NotFound),
        _ => TypedResults.Problem(outcome.Message, statusCode: StatusCodes.Status409Conflict, title: "Conflict.", type: Conflict),
    };

    public static ProblemHttpResult Missing(string detail) => TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found.", type: NotFound);
}
