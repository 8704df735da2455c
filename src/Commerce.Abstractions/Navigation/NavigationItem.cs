namespace Commerce.Navigation;

/// <summary>A link in a menu.</summary>
/// <param name="Text">The link text, already localized.</param>
/// <param name="Href">Path relative to the tenant (no tenant prefix), e.g. <c>/announcements</c>.</param>
/// <param name="Position">Ascending sort key.</param>
public sealed record NavigationItem(string Text, string Href, int Position = 0);
