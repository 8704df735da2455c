namespace Commerce.Qualifications.Services;

/// <summary>Why a change was refused.</summary>
public enum Refusal
{
    None,
    NotFound,

    /// <summary>Someone else changed it first, or it is no longer in a state that allows the change.</summary>
    Conflict,

    /// <summary>Bad input; <see cref="Outcome{T}.Errors"/> names the fields.</summary>
    Invalid,
}

/// <summary>The result of a use case: its value, or why nothing changed.</summary>
public sealed record Outcome<T>(T? Value, Refusal Refusal = Refusal.None, Dictionary<string, string[]>? Errors = null, string? Message = null)
{
    public static Outcome<T> Done(T value) => new(value);

    public static Outcome<T> Invalid(Dictionary<string, string[]> errors) => new(default, Refusal.Invalid, errors);

    public static Outcome<T> NotFound(string message) => new(default, Refusal.NotFound, Message: message);

    public static Outcome<T> Conflict(string message) => new(default, Refusal.Conflict, Message: message);

    /// <summary>The refusal as the problem catalogue names its kinds.</summary>
    public Commerce.Problems.RefusalKind Kind => Refusal switch
    {
        Refusal.Invalid => Commerce.Problems.RefusalKind.Invalid,
        Refusal.NotFound => Commerce.Problems.RefusalKind.NotFound,
        _ => Commerce.Problems.RefusalKind.Conflict,
    };
}
