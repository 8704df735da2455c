namespace Commerce.Problems;

/// <summary>
/// The one catalogue of problem types (RFC 9457 <c>type</c> values) every Commerce API answers with. A refusal takes the
/// generic type of its kind; a module adds a specific code (<see cref="Of"/>, e.g. <c>urn:commerce:problem:incomplete</c>)
/// only where a client must tell that refusal apart from the others of its status.
/// </summary>
public static class ProblemTypes
{
    public const string Prefix = "urn:commerce:problem:";

    /// <summary>400: input refused; <c>errors</c> names each field (camelCase, dotted for nested: <c>company.creditCode</c>) and why.</summary>
    public const string Validation = Prefix + "validation";

    /// <summary>400: the request could not be read at all (malformed JSON, a wrong type); <c>field</c> names the place when known.</summary>
    public const string BadRequest = Prefix + "bad-request";

    /// <summary>401: sign in, or send an API key or token.</summary>
    public const string Unauthorized = Prefix + "unauthorized";

    /// <summary>403: the caller is known but may not do this.</summary>
    public const string Forbidden = Prefix + "forbidden";

    /// <summary>404: there is nothing by that id (what is missing is in <c>title</c> and <c>detail</c>).</summary>
    public const string NotFound = Prefix + "not-found";

    /// <summary>409: a stale <c>version</c> (someone else changed it; <c>current</c> carries the stored state where the API has it) or a state that refuses the change.</summary>
    public const string Conflict = Prefix + "conflict";

    /// <summary>415: the body is not in a media type the endpoint reads.</summary>
    public const string UnsupportedMediaType = Prefix + "unsupported-media-type";

    /// <summary>429: too many attempts; <c>Retry-After</c> says when to try again.</summary>
    public const string RateLimited = Prefix + "rate-limited";

    /// <summary>400: a form post without a valid antiforgery token (expired, or not from this site); nothing changed.</summary>
    public const string FormExpired = Prefix + "form-expired";

    /// <summary>The extension member naming the type a problem had before this catalogue, kept for one release.</summary>
    public const string LegacyTypeMember = "legacyType";

    /// <summary>
    /// Types answered before the catalogue and the type that replaces each. Those responses carry the old type in
    /// <see cref="LegacyTypeMember"/> for one release; clients should compare <c>type</c> with the new one.
    /// </summary>
    public static IReadOnlyDictionary<string, string> LegacyAliases { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Prefix + "concurrency"] = Conflict,
        [Prefix + "concurrency-conflict"] = Conflict,
        [Prefix + "antiforgery"] = FormExpired,
        [Prefix + "merchant-not-found"] = NotFound,
        [Prefix + "grade-not-found"] = NotFound,
        [Prefix + "change-request-not-found"] = NotFound,
        [Prefix + "staff-member-not-found"] = NotFound,
        [Prefix + "invitation-not-found"] = NotFound,
        [Prefix + "logo-not-found"] = NotFound,
        [Prefix + "role-not-found"] = NotFound,
        [Prefix + "user-not-found"] = NotFound,
        [Prefix + "token-not-found"] = NotFound,
        [Prefix + "feature-not-found"] = NotFound,
        [Prefix + "theme-not-found"] = NotFound,
    };

    /// <summary>The type for a module's specific refusal <paramref name="code"/> (lower-case words joined by '-').</summary>
    public static string Of(string code) => code.StartsWith(Prefix, StringComparison.Ordinal) ? code : Prefix + code;
}
