using System.Text.Json;
using Commerce.Problems;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Commerce.Hosting.Web;

/// <summary>
/// Turns request-binding failures (malformed JSON, a wrong type, a missing body) into a 400 problem that
/// says which field is at fault, instead of an empty 400.
/// </summary>
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        var json = bad.InnerException as JsonException;
        var field = json?.Path is { Length: > 2 } path ? path.TrimStart('$', '.') : null;
        var problem = new ProblemDetails
        {
            Status = bad.StatusCode,
            Type = bad.StatusCode == StatusCodes.Status415UnsupportedMediaType ? ProblemTypes.UnsupportedMediaType : ProblemTypes.BadRequest,
            Title = "The request could not be read",
            Detail = json is null ? bad.Message : $"{bad.Message} {json.Message}",
        };
        if (field is not null)
        {
            problem.Extensions["field"] = field;
        }

        httpContext.Response.StatusCode = bad.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem });
    }
}
