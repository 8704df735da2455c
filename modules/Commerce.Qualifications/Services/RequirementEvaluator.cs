using Commerce.Qualifications.Data;

namespace Commerce.Qualifications.Services;

/// <summary>The contract onboarding uses: requirements of a hypothetical applicant, document checks, the category list.</summary>
internal sealed class RequirementEvaluator(QualificationsDbContext db, CatalogCache catalog, QualificationClock clock) : IRequirementEvaluator
{
    public async Task<RequirementSet> EvaluateAsync(QualificationSubject subject, CancellationToken cancellationToken = default)
    {
        var index = await catalog.GetAsync(db, cancellationToken);
        return index.Evaluate(subject.Profile, subject.Documents, clock.Now());
    }

    public async Task<IReadOnlyDictionary<string, string[]>> ValidateAsync(DocumentDetails document, CancellationToken cancellationToken = default)
    {
        var index = await catalog.GetAsync(db, cancellationToken);
        if (!index.DocumentTypes.TryGetValue(document.DocumentType, out var type))
        {
            return new Dictionary<string, string[]> { ["documentType"] = ["No document type has this code."] };
        }

        return type.Validate(document.Number, document.IssuedOn, document.ExpiresOn, document.IssuingAuthority, clock.Now().Today);
    }

    public async Task<IReadOnlyList<CategoryInfo>> CategoriesAsync(CancellationToken cancellationToken = default)
    {
        var index = await catalog.GetAsync(db, cancellationToken);
        return [.. index.Categories.Values
            .OrderBy(c => c.Code, StringComparer.Ordinal)
            .Select(c => new CategoryInfo(c.Code, c.NameZh, c.NameEn, index.IndustryPath(c.IndustryCode)))];
    }
}
