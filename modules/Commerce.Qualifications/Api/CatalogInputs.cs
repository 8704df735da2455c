namespace Commerce.Qualifications.Api;

/// <summary>An industry as admins and recipes write it.</summary>
/// <param name="Parent">The parent industry's code, or null for a root.</param>
/// <param name="Version">The version read, for updates (optimistic concurrency).</param>
public sealed record IndustryInput(string? Code, string? Parent, string? NameZh, string? NameEn, int? Version = null);

/// <summary>A product category and the industry whose rules it follows.</summary>
public sealed record CategoryInput(string? Code, string? Industry, string? NameZh, string? NameEn, int? Version = null);

/// <summary>A document type and what an upload of it must carry.</summary>
/// <param name="NumberFormat"><c>any</c>, <c>creditCode</c> or <c>pattern</c>.</param>
/// <param name="AcceptedKinds">File kinds judged by content: <c>pdf</c>, <c>jpeg</c>, <c>png</c>, <c>webp</c>.</param>
public sealed record DocumentTypeInput(
    string? Code,
    string? NameZh,
    string? NameEn,
    bool RequiresNumber,
    string? NumberFormat,
    string? NumberPattern,
    bool RequiresIssuedOn,
    bool RequiresExpiresOn,
    bool RequiresIssuingAuthority,
    IReadOnlyList<string>? AcceptedKinds,
    long? MaxFileBytes,
    int? MaxFiles,
    int? Version = null);

/// <summary>A condition on an applicant's answer.</summary>
public sealed record ConditionInput(string? Answer, string? Value, bool Negate = false);

/// <summary>A requirement rule.</summary>
/// <param name="Industry">The industry it is set on; null for every merchant.</param>
/// <param name="Alternatives">Document type codes, any one of which satisfies it.</param>
/// <param name="ShopTypes">flagship, franchise, specialty, individual; empty for all.</param>
public sealed record RuleInput(
    string? Key,
    string? Industry,
    IReadOnlyList<string>? Alternatives,
    IReadOnlyList<ConditionInput>? Conditions,
    IReadOnlyList<string>? ShopTypes,
    int? FreshnessMonths,
    bool PerBrand,
    int? GraceDays,
    int? Version = null);
