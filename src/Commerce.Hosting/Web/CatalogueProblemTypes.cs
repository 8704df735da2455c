using Commerce.Problems;
using Microsoft.AspNetCore.Http;

namespace Commerce.Hosting.Web;

/// <summary>
/// Gives the problems ASP.NET Core writes by itself (status-code pages for a bare 401, 403, 404; refusals of the
/// framework) a type from the catalogue instead of the RFC's section link, so a client sees one set of types.
/// </summary>
internal static class CatalogueProblemTypes
{
    public static void Apply(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem.Type is { } type && !type.StartsWith("https://tools.ietf.org/", StringComparison.Ordinal))
        {
            return;
        }

        problem.Type = problem.Status switch
        {
            StatusCodes.Status400BadRequest => ProblemTypes.BadRequest,
            StatusCodes.Status401Unauthorized => ProblemTypes.Unauthorized,
            StatusCodes.Status403Forbidden => ProblemTypes.Forbidden,
            StatusCodes.Status404NotFound => ProblemTypes.NotFound,
            StatusCodes.Status409Conflict => ProblemTypes.Conflict,
            StatusCodes.Status415UnsupportedMediaType => ProblemTypes.UnsupportedMediaType,
            StatusCodes.Status429TooManyRequests => ProblemTypes.RateLimited,
            _ => problem.Type,
        };
    }
}
