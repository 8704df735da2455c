namespace Commerce.Problems;

/// <summary>
/// What the host's filter needs to answer an exception as a problem of the catalogue. <see cref="RefusalException"/> and
/// its kinds implement it; an exception that must keep another base class for its callers (an <see cref="ArgumentException"/>
/// a contract promises) implements it directly.
/// </summary>
public interface IRefusal
{
    RefusalKind Kind { get; }

    /// <summary>The problem type's last part: the kind's (<c>validation</c>, <c>conflict</c>...) unless a module names a specific refusal.</summary>
    string Code { get; }

    /// <summary>For the problem's <c>title</c>.</summary>
    string Message { get; }

    /// <summary>Messages keyed by the input field at fault; empty when no field is.</summary>
    IReadOnlyDictionary<string, string[]> Errors { get; }

    /// <summary>The code this refusal answered with before the catalogue, sent as <c>legacyType</c> for one release; null when unchanged.</summary>
    string? LegacyCode { get; }
}
