namespace Commerce.Qualifications.Domain;

/// <summary>A product category merchants choose when they apply, mapped to the industry whose rules it follows.</summary>
internal sealed class ProductCategory
{
    /// <summary>Stable code onboarding offers, for example <c>food.packaged</c>.</summary>
    public required string Code { get; set; }

    public required string IndustryCode { get; set; }

    public required string NameZh { get; set; }

    public required string NameEn { get; set; }

    public int Version { get; set; }
}
