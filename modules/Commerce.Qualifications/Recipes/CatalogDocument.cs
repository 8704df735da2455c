using Commerce.Qualifications.Api;
using Commerce.Qualifications.Domain;
using Commerce.Qualifications.Services;

namespace Commerce.Qualifications.Recipes;

/// <summary>
/// The <c>qualifications</c> recipe step's content: industries (parents before children), categories, document
/// types and rules, each written as the API takes it. Existing codes are replaced; rules are matched by key and industry.
/// </summary>
public sealed record CatalogDocument(
    IReadOnlyList<IndustryInput>? Industries,
    IReadOnlyList<CategoryInput>? Categories,
    IReadOnlyList<DocumentTypeInput>? DocumentTypes,
    IReadOnlyList<RuleInput>? Rules)
{
    /// <summary>The catalog after applying this document on top of <paramref name="current"/>; throws naming the first invalid entry.</summary>
    internal CatalogContent Apply(CatalogContent current)
    {
        var industries = current.Industries.ToDictionary(i => i.Code);
        var categories = current.Categories.ToDictionary(c => c.Code);
        var types = current.DocumentTypes.ToDictionary(t => t.Code);
        var rules = current.Rules.ToList();
        RuleIndex Index() => RuleIndex.Build(industries.Values, categories.Values, types.Values, []);

        foreach (var input in Industries ?? [])
        {
            Check($"industry '{input.Code}'", CatalogValidation.Validate(input, Index(), creating: false));
            industries[input.Code!] = CatalogValidation.ToIndustry(input);
        }

        foreach (var input in Categories ?? [])
        {
            Check($"category '{input.Code}'", CatalogValidation.Validate(input, Index(), creating: false));
            categories[input.Code!] = CatalogValidation.ToCategory(input);
        }

        foreach (var input in DocumentTypes ?? [])
        {
            Check($"document type '{input.Code}'", CatalogValidation.Validate(input, Index(), creating: false));
            types[input.Code!] = CatalogValidation.ToDocumentType(input);
        }

        foreach (var input in Rules ?? [])
        {
            Check($"rule '{input.Key}'", CatalogValidation.Validate(input, Index()));
            var industry = string.IsNullOrWhiteSpace(input.Industry) ? null : input.Industry.Trim();
            var existing = rules.FindIndex(r => r.Key == input.Key!.Trim() && r.IndustryCode == industry && SameConditions(r, input));
            var rule = CatalogValidation.ToRule(input, existing >= 0 ? rules[existing].Id : Guid.CreateVersion7());
            if (existing >= 0)
            {
                rules[existing] = rule;
            }
            else
            {
                rules.Add(rule);
            }
        }

        return new CatalogContent([.. industries.Values], [.. categories.Values], [.. types.Values], rules);
    }

    private static bool SameConditions(RequirementRule rule, RuleInput input)
        => rule.Conditions.SequenceEqual((input.Conditions ?? []).Select(c => new RuleCondition(c.Answer?.Trim() ?? "", c.Value?.Trim() ?? "", c.Negate)))
            && rule.ShopTypes.SequenceEqual((input.ShopTypes ?? []).Select(s => s.Trim().ToLowerInvariant()));

    private static void Check(string what, Dictionary<string, string[]> errors)
    {
        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"Recipe step 'qualifications', {what}: {string.Join("; ", errors.Select(e => $"{e.Key}: {e.Value[0]}"))}");
        }
    }
}
