using Commerce.Problems;

namespace Commerce.Merchants.Services;

/// <summary>
/// Bad input to the registry, with the errors keyed by field (for example <c>company.creditCode</c>). An
/// <see cref="InvalidInputException"/>, so callers that only know the contract can catch it as one, and the API answers
/// it as a 400 validation problem.
/// </summary>
public sealed class MerchantValidationException(IReadOnlyDictionary<string, string[]> errors)
    : InvalidInputException(errors, "The merchant's details are not valid: " + string.Join("; ", errors.Select(e => $"{e.Key}: {e.Value[0]}")));
