using Commerce.Qualifications.Domain;

namespace Commerce.Benchmarks;

/// <summary>A large qualifications catalog shaped like a real one: a three-level industry tree, conditions, alternatives, per-brand rules, overrides.</summary>
internal static class SyntheticCatalog
{
    public static CatalogContent Shared { get; } = Create(500);

    public static CatalogContent Create(int rules)
    {
        var random = new Random(42);
        var industries = new List<Industry>();
        for (var root = 0; root < 10; root++)
        {
            industries.Add(new Industry { Code = $"i{root}", NameZh = $"行业{root}", NameEn = $"Industry {root}" });
            for (var child = 0; child < 2; child++)
            {
                var childCode = $"i{root}.{child}";
                industries.Add(new Industry { Code = childCode, ParentCode = $"i{root}", NameZh = childCode, NameEn = childCode });
                for (var leaf = 0; leaf < 2; leaf++)
                {
                    industries.Add(new Industry { Code = $"{childCode}.{leaf}", ParentCode = childCode, NameZh = $"{childCode}.{leaf}", NameEn = $"{childCode}.{leaf}" });
                }
            }
        }

        var categories = Enumerable.Range(0, 100)
            .Select(i => new ProductCategory { Code = $"c{i}", IndustryCode = industries[i % industries.Count].Code, NameZh = $"类目{i}", NameEn = $"Category {i}" })
            .ToList();
        var types = Enumerable.Range(0, 60)
            .Select(i => new DocumentType { Code = $"t{i}", NameZh = $"证件{i}", NameEn = $"Document {i}", RequiresExpiresOn = i % 2 == 0 })
            .ToList();
        var list = new List<RequirementRule>();
        for (var i = 0; i < rules; i++)
        {
            var rule = new RequirementRule
            {
                Id = Guid.CreateVersion7(),
                // 120 keys over 500 rules: many rules override or repeat a key set higher up the tree.
                Key = $"k{i % 120}",
                IndustryCode = i < 5 ? null : industries[random.Next(industries.Count)].Code,
                Alternatives = [.. Enumerable.Range(0, 1 + (i % 3)).Select(a => types[(i + a * 7) % types.Count].Code)],
                FreshnessMonths = i % 10 == 0 ? 12 : null,
                PerBrand = i % 25 == 0,
            };
            if (i % 4 == 0)
            {
                rule.Conditions.Add(new RuleCondition(i % 8 == 0 ? "isProducer" : "sellsImported", "true", Negate: i % 16 == 0));
            }

            if (i % 30 == 0)
            {
                rule.ShopTypes.Add("flagship");
            }

            list.Add(rule);
        }

        return new CatalogContent(industries, categories, types, list);
    }
}
