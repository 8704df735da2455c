namespace Commerce.Problems;

/// <summary>
/// A use case refused a request and changed nothing. Domain and service code throws one of the kinds
/// (<see cref="InvalidInputException"/>, <see cref="ConflictException"/>, <see cref="NotFoundException"/>,
/// <see cref="ForbiddenException"/>, or a module's own subclass); the host's endpoint filter answers it as a problem of
/// the catalogue (<see cref="ProblemTypes"/>), so endpoints need no try/catch. Plain C#: no HTTP types here.
/// </summary>
public abstract class RefusalException : Exception
{
    protected RefusalException(RefusalKind kind, string message, string? code = null, IReadOnlyDictionary<string, string[]>? errors = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Kind = kind;
        Code = code ?? kind switch
        {
            RefusalKind.Invalid => "validation",
            RefusalKind.Forbidden => "forbidden",
            RefusalKind.NotFound => "not-found",
            _ => "conflict",
        };
        Errors = errors ?? new Dictionary<string, string[]>();
    }

    public RefusalKind Kind { get; }

    /// <summary>The problem type's last part: the kind's (<c>validation</c>, <c>conflict</c>...) unless a module names a specific refusal.</summary>
    public string Code { get; }

    /// <summary>Messages keyed by the input field at fault; empty when no field is.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; }

    /// <summary>The code this refusal answered with before the catalogue, sent as <c>legacyType</c> for one release; null when unchanged.</summary>
    public virtual string? LegacyCode => null;
}
