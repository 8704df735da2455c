namespace Commerce.Merchants.Domain;

/// <summary>A change the merchant rules refuse, naming the input field at fault; the API answers it as a 400 problem.</summary>
internal sealed class MerchantRuleException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
