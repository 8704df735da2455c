namespace Commerce.Merchants.Back;

internal sealed class MerchantBackOfficeNavigation : IMerchantNavigationProvider
{
    public IEnumerable<MerchantNavigationItem> GetItems() => [new("Overview", "/merchant", 0)];
}
