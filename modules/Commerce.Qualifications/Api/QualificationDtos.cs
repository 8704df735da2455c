using Commerce.Qualifications.Domain;

namespace Commerce.Qualifications.Api;

/// <summary>A document type an item accepts.</summary>
public sealed record AlternativeDto(string Code, string NameZh, string NameEn, int? FreshnessMonths, IReadOnlyList<string> AcceptedKinds, long MaxFileBytes, int MaxFiles);

/// <summary>One requirement. <c>state</c> is currentlyDue, pendingVerification, verified, rejected, eventuallyDue or pastDue.</summary>
public sealed record RequirementItemDto(string Key, string State, string Reason, DateTimeOffset? Deadline, string? Brand, IReadOnlyList<string> Categories, IReadOnlyList<AlternativeDto> Alternatives);

/// <summary>Everything owed, and whether it is all in order.</summary>
public sealed record RequirementSetDto(bool Satisfied, IReadOnlyList<string> RestrictedCategories, IReadOnlyList<RequirementItemDto> Items);

public sealed record ProfileDto(Guid MerchantId, IReadOnlyList<string> Categories, IReadOnlyList<string> Brands, IReadOnlyDictionary<string, string> Answers, string ShopType, int Version);

/// <summary>A document with its review. <c>review</c> is pending, verified or rejected.</summary>
public sealed record DocumentDto(
    Guid Id,
    Guid MerchantId,
    string DocumentType,
    string? Brand,
    string? Number,
    DateOnly? IssuedOn,
    DateOnly? ExpiresOn,
    string? IssuingAuthority,
    IReadOnlyList<string> Files,
    string Review,
    string? RejectionReason,
    string UploadedBy,
    DateTimeOffset UploadedAt,
    string? ReviewedBy,
    DateTimeOffset? ReviewedAt,
    int Version);

/// <summary>The categories a merchant may not trade in, and why.</summary>
public sealed record RestrictionDto(Guid MerchantId, IReadOnlyList<string> Categories, string Reason, DateTimeOffset? Since);

public sealed record AuditEntryDto(Guid Id, Guid MerchantId, Guid? DocumentId, string Action, string UserId, DateTimeOffset At, string? Detail);

/// <summary>An auditor's decision; <c>version</c> is the document version read (optional).</summary>
public sealed record DecisionInput(string? Reason, int? Version);

/// <summary>A hypothetical applicant to evaluate (onboarding's preview).</summary>
public sealed record EvaluationInput(IReadOnlyList<string>? Categories, IReadOnlyList<string>? Brands, IReadOnlyDictionary<string, string>? Answers, string? ShopType);

public sealed record IndustryDto(string Code, string? Parent, string NameZh, string NameEn, IReadOnlyList<string> Path, int Version);

public sealed record CategoryDto(string Code, string Industry, string NameZh, string NameEn, IReadOnlyList<string> IndustryPath, int Version);

public sealed record DocumentTypeDto(
    string Code,
    string NameZh,
    string NameEn,
    bool RequiresNumber,
    string NumberFormat,
    string? NumberPattern,
    bool RequiresIssuedOn,
    bool RequiresExpiresOn,
    bool RequiresIssuingAuthority,
    IReadOnlyList<string> AcceptedKinds,
    long MaxFileBytes,
    int MaxFiles,
    int Version);

public sealed record RuleDto(
    Guid Id,
    string Key,
    string? Industry,
    IReadOnlyList<string> Alternatives,
    IReadOnlyList<ConditionInput> Conditions,
    IReadOnlyList<string> ShopTypes,
    int? FreshnessMonths,
    bool PerBrand,
    int GraceDays,
    int Version);

internal static class DtoMapping
{
    public static string Name(this RequirementState state) => state switch
    {
        RequirementState.CurrentlyDue => "currentlyDue",
        RequirementState.PendingVerification => "pendingVerification",
        RequirementState.Verified => "verified",
        RequirementState.Rejected => "rejected",
        RequirementState.EventuallyDue => "eventuallyDue",
        _ => "pastDue",
    };

    public static RequirementSetDto ToDto(this RequirementSet set)
        => new(set.IsSatisfied, Restrictions.RestrictedCategories(set), [.. set.Items.Select(i => new RequirementItemDto(
            i.Key, i.State.Name(), i.Reason, i.Deadline, i.Brand, i.Categories,
            [.. i.Alternatives.Select(a => new AlternativeDto(a.Code, a.NameZh, a.NameEn, a.FreshnessMonths, a.AcceptedKinds, a.MaxFileBytes, a.MaxFiles))]))]);

    public static ProfileDto ToDto(this MerchantProfile p) => new(p.MerchantId, p.Categories, p.Brands, p.Answers, p.ShopType, p.Version);

    public static DocumentDto ToDto(this MerchantDocument d) => new(
        d.Id, d.MerchantId, d.DocumentType, d.Brand, d.Number, d.IssuedOn, d.ExpiresOn, d.IssuingAuthority, d.Files,
        d.Review.ToString().ToLowerInvariant(), d.RejectionReason, d.UploadedBy, d.UploadedAt, d.ReviewedBy, d.ReviewedAt, d.Version);

    public static AuditEntryDto ToDto(this AuditEntry e) => new(e.Id, e.MerchantId, e.DocumentId, e.Action, e.UserId, e.At, e.Detail);

    public static IndustryDto ToDto(this Industry i, RuleIndex index) => new(i.Code, i.ParentCode, i.NameZh, i.NameEn, index.IndustryPath(i.Code), i.Version);

    public static CategoryDto ToDto(this ProductCategory c, RuleIndex index) => new(c.Code, c.IndustryCode, c.NameZh, c.NameEn, index.IndustryPath(c.IndustryCode), c.Version);

    public static DocumentTypeDto ToDto(this DocumentType t) => new(
        t.Code, t.NameZh, t.NameEn, t.RequiresNumber, Services.CatalogValidation.FormatName(t.NumberFormat), t.NumberPattern,
        t.RequiresIssuedOn, t.RequiresExpiresOn, t.RequiresIssuingAuthority, t.AcceptedKinds, t.MaxFileBytes, t.MaxFiles, t.Version);

    public static RuleDto ToDto(this RequirementRule r) => new(
        r.Id, r.Key, r.IndustryCode, r.Alternatives, [.. r.Conditions.Select(c => new ConditionInput(c.Answer, c.Value, c.Negate))],
        r.ShopTypes, r.FreshnessMonths, r.PerBrand, r.GraceDays, r.Version);
}
