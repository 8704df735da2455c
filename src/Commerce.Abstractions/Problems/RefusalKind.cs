namespace Commerce.Problems;

/// <summary>Why a use case changed nothing, as far as a caller needs to know; each kind has its problem type and status.</summary>
public enum RefusalKind
{
    /// <summary>Bad input: 400 <see cref="ProblemTypes.Validation"/>, naming the fields.</summary>
    Invalid,

    /// <summary>The caller may not do this: 403 <see cref="ProblemTypes.Forbidden"/>.</summary>
    Forbidden,

    /// <summary>Nothing by that id: 404 <see cref="ProblemTypes.NotFound"/>.</summary>
    NotFound,

    /// <summary>A stale version or a state that refuses the change: 409 <see cref="ProblemTypes.Conflict"/>.</summary>
    Conflict,
}
