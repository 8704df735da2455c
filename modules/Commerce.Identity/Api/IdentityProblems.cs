using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Commerce.Identity.Api;

/// <summary>Problem details with stable <c>type</c> values for the identity API.</summary>
internal static class IdentityProblems
{
    public const string TypePrefix = "urn:commerce:problem:";

    public static ValidationProblem Validation(IDictionary<string, string[]> errors)
        => TypedResults.ValidationProblem(errors, type: TypePrefix + "validation");

    public static ValidationProblem Field(string field, string message) => Validation(new Dictionary<string, string[]> { [field] = [message] });

    public static ProblemHttpResult Create(int status, string type, string title, string detail)
        => TypedResults.Problem(new ProblemDetails { Status = status, Type = TypePrefix + type, Title = title, Detail = detail });

    public static ProblemHttpResult NotFound(string what, string name)
        => Create(StatusCodes.Status404NotFound, what + "-not-found", $"The {what} does not exist", $"No {what} '{name}'.");
}
