namespace Commerce.Navigation;

/// <summary>
/// Adds links to the storefront navigation. Links of a hidden feature's providers are left out, so a
/// provider never needs to check visibility itself.
/// </summary>
public interface IStorefrontNavigationProvider
{
    IEnumerable<NavigationItem> GetItems();
}
