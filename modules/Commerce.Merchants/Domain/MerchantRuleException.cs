using Commerce.Problems;

namespace Commerce.Merchants.Domain;

/// <summary>A change the merchant rules refuse, naming the input field at fault; the API answers it as a 400 validation problem.</summary>
internal sealed class MerchantRuleException(string field, string message) : InvalidInputException(field, message)
{
    public string Field { get; } = field;
}
