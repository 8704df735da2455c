using Commerce.Problems;

namespace Commerce.Merchants.Services;

/// <summary>
/// Bad input to the registry, with the errors keyed by field (for example <c>company.creditCode</c>). An
/// <see cref="ArgumentException"/>, so callers that only know the contract can catch it as one; an <see cref="IRefusal"/>,
/// so the API answers it as a 400 validation problem.
/// </summary>
public sealed class MerchantValidationException(IReadOnlyDictionary<string, string[]> errors)
    : ArgumentException("The merchant's details are not valid: " + string.Join("; ", errors.Select(e => $"{e.Key}: {e.Value[0]}"))), IRefusal
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    RefusalKind IRefusal.Kind => RefusalKind.Invalid;

    string IRefusal.Code => "validation";

    string? IRefusal.LegacyCode => null;
}
