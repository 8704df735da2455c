namespace Commerce.Problems;

/// <summary>Someone else changed it first (a stale version), or its state refuses the change: 409 <see cref="ProblemTypes.Conflict"/>.</summary>
public class ConflictException(string message, string? code = null, Exception? innerException = null)
    : RefusalException(RefusalKind.Conflict, message, code, innerException: innerException);
