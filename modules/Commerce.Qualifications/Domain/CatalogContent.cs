namespace Commerce.Qualifications.Domain;

/// <summary>The whole catalog as plain lists.</summary>
internal sealed record CatalogContent(
    IReadOnlyList<Industry> Industries,
    IReadOnlyList<ProductCategory> Categories,
    IReadOnlyList<DocumentType> DocumentTypes,
    IReadOnlyList<RequirementRule> Rules)
{
    public static CatalogContent Empty { get; } = new([], [], [], []);

    public RuleIndex ToIndex() => RuleIndex.Build(Industries, Categories, DocumentTypes, Rules);
}
