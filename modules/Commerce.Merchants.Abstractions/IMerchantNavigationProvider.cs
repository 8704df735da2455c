namespace Commerce.Merchants;

/// <summary>
/// Adds links to the merchant back office's menu (<c>/merchant</c>). Register one per feature as a singleton; a
/// disabled feature's links disappear with it, and links needing a merchant permission the user lacks are left out.
/// </summary>
public interface IMerchantNavigationProvider
{
    IEnumerable<MerchantNavigationItem> GetItems();
}

/// <summary>A back-office link.</summary>
/// <param name="Text">Localization key or text of the link.</param>
/// <param name="Href">Path relative to the tenant, e.g. <c>/merchant/qualifications</c>.</param>
/// <param name="Permission">The merchant-scoped permission (<see cref="MerchantPermissionNames"/>) needed to see it, or null.</param>
public sealed record MerchantNavigationItem(string Text, string Href, int Position = 0, string? Permission = null);
