namespace Commerce.Problems;

/// <summary>
/// A use case refused a request and changed nothing. Domain and service code throws one of the kinds
/// (<see cref="InvalidInputException"/>, <see cref="ConflictException"/>, <see cref="NotFoundException"/>,
/// <see cref="ForbiddenException"/>, or a module's own subclass); the host's endpoint filter answers it as a problem of
/// the catalogue (<see cref="ProblemTypes"/>), so endpoints need no try/catch. Plain C#: no HTTP types here.
/// </summary>
public abstract class RefusalException : Exception, IRefusal
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

    /// <inheritdoc/>
    public string Code { get; }

    /// <inheritdoc/>
    public IReadOnlyDictionary<string, string[]> Errors { get; }

    /// <inheritdoc/>
    public virtual string? LegacyCode => null;
}
