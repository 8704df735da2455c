namespace Commerce.Merchants.Services;

/// <summary>
/// Bad input to the registry, with the errors keyed by field (for example <c>company.creditCode</c>). An
/// <see cref="ArgumentException"/>, so callers that only know the contract can catch it as one.
/// </summary>
public sealed class MerchantValidationException(IReadOnlyDictionary<string, string[]> errors)
    : ArgumentException("The merchant's details are not valid: " + string.Join("; ", errors.Select(e => $"{e.Key}: {e.Value[0]}")))
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;
}
