namespace Commerce.Qualifications.Domain;

/// <summary>A document a merchant uploaded (or onboarding imported), and where it stands with the auditors.</summary>
internal sealed class MerchantDocument
{
    public const int ReasonMaxLength = 500;

    public Guid Id { get; set; }

    public Guid MerchantId { get; set; }

    public required string DocumentType { get; set; }

    /// <summary>For per-brand documents (trademark certificate, authorization); null for company documents.</summary>
    public string? Brand { get; set; }

    public string? Number { get; set; }

    public DateOnly? IssuedOn { get; set; }

    /// <summary>Null for a long-term (长期) document.</summary>
    public DateOnly? ExpiresOn { get; set; }

    public string? IssuingAuthority { get; set; }

    /// <summary>SHA-256 keys of the files in the tenant's file store.</summary>
    public List<string> Files { get; set; } = [];

    public DocumentReview Review { get; set; }

    public string? RejectionReason { get; set; }

    public required string UploadedBy { get; set; }

    public DateTimeOffset UploadedAt { get; set; }

    public string? ReviewedBy { get; set; }

    public DateTimeOffset? ReviewedAt { get; set; }

    /// <summary>Set for imported documents: (type, brand, file hashes), so importing the same document twice adds it once.</summary>
    public string? ImportKey { get; set; }

    /// <summary>Optimistic concurrency: two auditors deciding the same document.</summary>
    public int Version { get; set; }

    public DocumentDetails ToDetails()
        => new(DocumentType, Brand, Number, IssuedOn, ExpiresOn, IssuingAuthority, Files, Review, RejectionReason);
}
