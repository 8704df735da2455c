namespace Commerce.Qualifications.Domain;

/// <summary>The categories a merchant may not trade in because a required document is past due; no row means none.</summary>
internal sealed class MerchantRestriction
{
    public Guid MerchantId { get; set; }

    public List<string> Categories { get; set; } = [];

    /// <summary>The past-due requirement keys, in words.</summary>
    public string Reason { get; set; } = "";

    public DateTimeOffset Since { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
