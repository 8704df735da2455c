namespace Commerce.Navigation;

/// <summary>The storefront menu of the current shell: visible features' links, sorted.</summary>
public interface IStorefrontNavigation
{
    IReadOnlyList<NavigationItem> GetItems();
}
