namespace Commerce.Problems;

/// <summary>Input the rules refuse, with the messages keyed by field: 400 <see cref="ProblemTypes.Validation"/>.</summary>
public class InvalidInputException : RefusalException
{
    public InvalidInputException(IReadOnlyDictionary<string, string[]> errors, string? message = null)
        : base(RefusalKind.Invalid, message ?? "Some values were refused: " + string.Join("; ", errors.Select(e => $"{e.Key}: {e.Value.FirstOrDefault()}")), errors: errors)
    {
    }

    /// <summary>One field at fault; <paramref name="message"/> is both the field's error and the exception's message.</summary>
    public InvalidInputException(string field, string message)
        : base(RefusalKind.Invalid, message, errors: new Dictionary<string, string[]> { [field] = [message] })
    {
    }

    protected InvalidInputException(string message, string code, IReadOnlyDictionary<string, string[]>? errors)
        : base(RefusalKind.Invalid, message, code, errors)
    {
    }
}
