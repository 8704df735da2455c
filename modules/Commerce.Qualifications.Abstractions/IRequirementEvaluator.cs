namespace Commerce.Qualifications;

/// <summary>
/// Computes what documents a (possibly hypothetical) merchant owes. Provided by the
/// <c>Commerce.Qualifications</c> feature; onboarding resolves it with <c>GetService</c> and works without it.
/// </summary>
public interface IRequirementEvaluator
{
    /// <summary>The requirement set for <paramref name="subject"/>, with each item's state judged from the documents it carries.</summary>
    Task<RequirementSet> EvaluateAsync(QualificationSubject subject, CancellationToken cancellationToken = default);

    /// <summary>
    /// Checks one document's details against its type (number validator, dates, issuing authority); returns
    /// errors keyed by field name (<c>number</c>, <c>issuedOn</c>, <c>expiresOn</c>, <c>issuingAuthority</c>),
    /// empty when valid, or an error under <c>documentType</c> when the type is unknown.
    /// </summary>
    Task<IReadOnlyDictionary<string, string[]>> ValidateAsync(DocumentDetails document, CancellationToken cancellationToken = default);

    /// <summary>The product categories merchants choose from, with the industry each belongs to.</summary>
    Task<IReadOnlyList<CategoryInfo>> CategoriesAsync(CancellationToken cancellationToken = default);
}

/// <summary>Gives a merchant documents an auditor already verified elsewhere (onboarding's audit).</summary>
public interface IQualificationImport
{
    /// <summary>
    /// Records the merchant's profile and its verified documents, then evaluates it. Idempotent per
    /// (merchant, document type, brand, file hashes).
    /// </summary>
    Task ImportAsync(Guid merchantId, QualificationProfile profile, IReadOnlyList<VerifiedDocument> documents, string verifiedByUserId, CancellationToken cancellationToken = default);
}
