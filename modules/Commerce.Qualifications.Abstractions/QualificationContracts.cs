namespace Commerce.Qualifications;

/// <summary>What a requirement set depends on.</summary>
/// <param name="Answers">The applicant's answers to rule conditions, for example <c>isProducer</c> = <c>true</c>, <c>sellsImported</c> = <c>true</c>, <c>sellsAlcohol</c> = <c>false</c>.</param>
/// <param name="ShopType">flagship, franchise, specialty or individual.</param>
public sealed record QualificationProfile(
    IReadOnlyList<string> Categories,
    IReadOnlyList<string> Brands,
    IReadOnlyDictionary<string, string> Answers,
    string ShopType);

/// <summary>A profile plus the documents it already has, to evaluate.</summary>
public sealed record QualificationSubject(QualificationProfile Profile, IReadOnlyList<DocumentDetails> Documents);

/// <summary>Where a document stands with the auditors.</summary>
public enum DocumentReview
{
    Pending,
    Verified,
    Rejected,
}

/// <summary>One document's details as the merchant entered them.</summary>
/// <param name="DocumentType">The document type's code, for example <c>business-licence</c>.</param>
/// <param name="Brand">The brand it covers, for per-brand documents; null for company documents.</param>
/// <param name="ExpiresOn">Null when the document is long-term (长期).</param>
/// <param name="Files">Keys of the uploaded files in the tenant file store.</param>
public sealed record DocumentDetails(
    string DocumentType,
    string? Brand,
    string? Number,
    DateOnly? IssuedOn,
    DateOnly? ExpiresOn,
    string? IssuingAuthority,
    IReadOnlyList<string> Files,
    DocumentReview Review = DocumentReview.Pending,
    string? RejectionReason = null);

/// <summary>A document an auditor accepted.</summary>
public sealed record VerifiedDocument(DocumentDetails Details, DateTimeOffset VerifiedAt);

/// <summary>The state of one requirement, after Stripe Connect's requirements model.</summary>
public enum RequirementState
{
    CurrentlyDue,
    PendingVerification,
    Verified,
    Rejected,
    /// <summary>Verified, but it expires within the warning window (30 days by default).</summary>
    EventuallyDue,
    /// <summary>Expired, or still missing after its deadline.</summary>
    PastDue,
}

/// <summary>Everything a subject owes.</summary>
public sealed record RequirementSet(IReadOnlyList<RequirementItem> Items)
{
    public bool IsSatisfied => Items.All(i => i.State is RequirementState.Verified or RequirementState.EventuallyDue);
}

/// <summary>One thing owed: a document type, or one of several alternatives.</summary>
/// <param name="Key">Stable within the set, for example <c>food-business-licence</c> or <c>trademark@Acme</c>.</param>
/// <param name="Alternatives">Document types any one of which satisfies it.</param>
/// <param name="Brand">The brand it is for, for per-brand requirements.</param>
/// <param name="Categories">The chosen categories that need it (restricted when it is past due).</param>
/// <param name="Reason">Why it is in this state, in words for the merchant.</param>
/// <param name="Deadline">When it must be provided or renewed by, where a deadline applies.</param>
public sealed record RequirementItem(
    string Key,
    IReadOnlyList<DocumentTypeInfo> Alternatives,
    string? Brand,
    IReadOnlyList<string> Categories,
    RequirementState State,
    string Reason,
    DateTimeOffset? Deadline);

/// <summary>A document type and what an upload of it must carry.</summary>
/// <param name="FreshnessMonths">When set, the document must have been issued within this many months.</param>
public sealed record DocumentTypeInfo(
    string Code,
    string NameZh,
    string NameEn,
    bool RequiresNumber,
    bool RequiresIssuedOn,
    bool RequiresExpiresOn,
    bool RequiresIssuingAuthority,
    IReadOnlyList<string> AcceptedKinds,
    long MaxFileBytes,
    int MaxFiles,
    int? FreshnessMonths);

/// <summary>A product category and the industry path it sits under.</summary>
public sealed record CategoryInfo(string Code, string NameZh, string NameEn, IReadOnlyList<string> IndustryPath);

/// <summary>
/// Published when the categories a merchant may trade in change because a required document became past due
/// (restricted) or was verified again (lifted). An empty list lifts every qualification restriction.
/// </summary>
public sealed record QualificationRestrictionChanged(Guid MerchantId, IReadOnlyList<string> RestrictedCategories, string Reason);
