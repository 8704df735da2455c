namespace Commerce.Qualifications.Domain;

/// <summary>
/// What Qualifications knows of a merchant to evaluate it: categories, brands, answers, shop type. Kept here, so the
/// module works on its own; set by onboarding's import, by the Merchants events, or through the API.
/// </summary>
internal sealed class MerchantProfile
{
    public Guid MerchantId { get; set; }

    public List<string> Categories { get; set; } = [];

    public List<string> Brands { get; set; } = [];

    public Dictionary<string, string> Answers { get; set; } = [];

    /// <summary>flagship, franchise, specialty or individual.</summary>
    public string ShopType { get; set; } = "specialty";

    public DateTimeOffset UpdatedAt { get; set; }

    public int Version { get; set; }

    public QualificationProfile ToContract() => new(Categories, Brands, Answers, ShopType);
}
