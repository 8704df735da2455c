namespace Commerce.Modules;

/// <summary>Well-known feature categories.</summary>
public static class FeatureCategories
{
    public const string Infrastructure = "Infrastructure";
    public const string Theme = "Theme";
    public const string Storefront = "Storefront";
}
