using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Commerce.Problems;

/// <summary>
/// The one way an endpoint answers a refusal: RFC 9457 problem details (<c>TypedResults</c>) with a type from
/// <see cref="ProblemTypes"/>. Validation problems name each field in <c>errors</c>; a type renamed by the catalogue
/// adds the old one as <c>legacyType</c> for one release.
/// </summary>
public static class ProblemResults
{
    /// <summary>400 <see cref="ProblemTypes.Validation"/> with the messages keyed by field.</summary>
    public static ValidationProblem Validation(IReadOnlyDictionary<string, string[]> errors, string? title = null)
        => TypedResults.ValidationProblem(errors, title: title, type: ProblemTypes.Validation);

    /// <summary>400 <see cref="ProblemTypes.Validation"/> naming one field.</summary>
    public static ValidationProblem Field(string field, string message)
        => Validation(new Dictionary<string, string[]> { [field] = [message] });

    /// <summary>404 <see cref="ProblemTypes.NotFound"/>; <paramref name="legacyCode"/> is the specific type it had before (e.g. <c>merchant-not-found</c>).</summary>
    public static ProblemHttpResult NotFound(string title, string? detail = null, string? legacyCode = null)
        => Create(StatusCodes.Status404NotFound, ProblemTypes.NotFound, title, detail, Legacy(legacyCode));

    public static ProblemHttpResult Forbidden(string title, string? detail = null)
        => Create(StatusCodes.Status403Forbidden, ProblemTypes.Forbidden, title, detail);

    public static ProblemHttpResult Unauthorized(string title, string? detail = null)
        => Create(StatusCodes.Status401Unauthorized, ProblemTypes.Unauthorized, title, detail);

    /// <summary>409 <see cref="ProblemTypes.Conflict"/>, with the stored state under <c>current</c> when the caller can retry from it.</summary>
    public static ProblemHttpResult Conflict(string title, string? detail = null, object? current = null, string? legacyCode = null)
    {
        var extensions = Legacy(legacyCode);
        if (current is not null)
        {
            extensions["current"] = current;
        }

        return Create(StatusCodes.Status409Conflict, ProblemTypes.Conflict, title, detail, extensions);
    }

    public static ProblemHttpResult RateLimited(string title, string? detail = null)
        => Create(StatusCodes.Status429TooManyRequests, ProblemTypes.RateLimited, title, detail);

    public static ProblemHttpResult FormExpired()
        => Create(StatusCodes.Status400BadRequest, ProblemTypes.FormExpired, "The form has expired or did not come from this site.",
            "Go back, reload the page and try again.", Legacy("antiforgery"));

    /// <summary>
    /// A module's specific refusal (<c>urn:commerce:problem:{code}</c>, e.g. <c>locked-out</c>) for the cases a client must
    /// tell apart from the generic type of its status.
    /// </summary>
    public static ProblemHttpResult Refused(int status, string code, string title, string? detail = null, IEnumerable<KeyValuePair<string, object?>>? extensions = null)
        => Create(status, ProblemTypes.Of(code), title, detail, extensions is null ? null : new Dictionary<string, object?>(extensions));

    /// <summary>The generic problem of <paramref name="kind"/>: its status and catalogue type (400 validation, 403, 404, 409).</summary>
    public static ProblemHttpResult Refused(RefusalKind kind, string title, string? detail = null)
        => Create(StatusOf(kind), ProblemTypes.Of(kind switch
        {
            RefusalKind.Invalid => "validation",
            RefusalKind.Forbidden => "forbidden",
            RefusalKind.NotFound => "not-found",
            _ => "conflict",
        }), title, detail);

    /// <summary>The problem for a thrown refusal; what <see cref="ProblemExceptionFilter"/> answers.</summary>
    public static IResult From(IRefusal refusal, object? current = null)
    {
        var type = ProblemTypes.Of(refusal.Code);
        var extensions = Legacy(refusal.LegacyCode);
        if (current is not null)
        {
            extensions["current"] = current;
        }

        if (refusal.Kind == RefusalKind.Invalid && refusal.Errors.Count > 0)
        {
            return TypedResults.ValidationProblem(refusal.Errors, title: refusal.Message, type: type, extensions: extensions);
        }

        if (refusal.Errors.Count > 0)
        {
            extensions["errors"] = refusal.Errors;
        }

        return Create(StatusOf(refusal.Kind), type, refusal.Message, null, extensions);
    }

    public static int StatusOf(RefusalKind kind) => kind switch
    {
        RefusalKind.Invalid => StatusCodes.Status400BadRequest,
        RefusalKind.Forbidden => StatusCodes.Status403Forbidden,
        RefusalKind.NotFound => StatusCodes.Status404NotFound,
        _ => StatusCodes.Status409Conflict,
    };

    private static ProblemHttpResult Create(int status, string type, string title, string? detail, Dictionary<string, object?>? extensions = null)
        => TypedResults.Problem(detail: detail, statusCode: status, title: title, type: type, extensions: extensions is { Count: > 0 } ? extensions : null);

    private static Dictionary<string, object?> Legacy(string? legacyCode)
        => legacyCode is null ? [] : new() { [ProblemTypes.LegacyTypeMember] = ProblemTypes.Of(legacyCode) };
}
