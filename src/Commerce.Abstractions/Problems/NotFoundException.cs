namespace Commerce.Problems;

/// <summary>There is nothing by that id: 404 <see cref="ProblemTypes.NotFound"/>.</summary>
public class NotFoundException(string message) : RefusalException(RefusalKind.NotFound, message);
