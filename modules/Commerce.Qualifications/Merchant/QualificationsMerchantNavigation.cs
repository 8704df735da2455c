using Commerce.Merchants;

namespace Commerce.Qualifications.Merchant;

/// <summary>"My qualifications" in the merchant back office's menu.</summary>
internal sealed class QualificationsMerchantNavigation : IMerchantNavigationProvider
{
    public IEnumerable<MerchantNavigationItem> GetItems() => [new("My qualifications", "/merchant/qualifications", Position: 30)];
}
