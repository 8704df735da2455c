namespace Commerce.Problems;

/// <summary>The caller is known but may not do this: 403 <see cref="ProblemTypes.Forbidden"/>.</summary>
public class ForbiddenException(string message, string? code = null) : RefusalException(RefusalKind.Forbidden, message, code);
