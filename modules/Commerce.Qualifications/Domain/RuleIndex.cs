namespace Commerce.Qualifications.Domain;

/// <summary>
/// The rules compiled for evaluation: for every category, the rules it inherits from its industry and the
/// industry's ancestors (a deeper rule replacing a shallower one of the same key), with document types resolved.
/// Built once per shell and rebuilt when an admin changes the catalog, so evaluating a merchant touches no database.
/// </summary>
internal sealed class RuleIndex
{
    private readonly Dictionary<string, CompiledRule[]> _byCategory;
    private readonly CompiledRule[] _everyMerchant;
    private readonly Dictionary<string, DocumentType> _documentTypes;
    private readonly Dictionary<string, ProductCategory> _categories;
    private readonly Dictionary<string, Industry> _industries;

    private RuleIndex(
        Dictionary<string, CompiledRule[]> byCategory,
        CompiledRule[] everyMerchant,
        Dictionary<string, DocumentType> documentTypes,
        Dictionary<string, ProductCategory> categories,
        Dictionary<string, Industry> industries)
    {
        _byCategory = byCategory;
        _everyMerchant = everyMerchant;
        _documentTypes = documentTypes;
        _categories = categories;
        _industries = industries;
    }

    public static RuleIndex Empty { get; } = Build([], [], [], []);

    public IReadOnlyDictionary<string, DocumentType> DocumentTypes => _documentTypes;

    public IReadOnlyDictionary<string, ProductCategory> Categories => _categories;

    public IReadOnlyDictionary<string, Industry> Industries => _industries;

    /// <summary>
    /// Compiles the catalog. Rules naming an unknown document type keep their known alternatives and are left out
    /// when none is known; a cycle in the industry tree stops at the first repeated node.
    /// </summary>
    public static RuleIndex Build(
        IEnumerable<Industry> industries,
        IEnumerable<ProductCategory> categories,
        IEnumerable<DocumentType> documentTypes,
        IEnumerable<RequirementRule> rules)
    {
        var industryByCode = industries.ToDictionary(i => i.Code, StringComparer.Ordinal);
        var typeByCode = documentTypes.ToDictionary(t => t.Code, StringComparer.Ordinal);
        var compiled = rules
            .OrderBy(r => r.Key, StringComparer.Ordinal).ThenBy(r => r.Id)
            .Select(r => Compile(r, typeByCode))
            .OfType<CompiledRule>()
            .ToList();
        var byIndustry = compiled.Where(r => r.Rule.IndustryCode is not null).ToLookup(r => r.Rule.IndustryCode!, StringComparer.Ordinal);

        var byCategory = new Dictionary<string, CompiledRule[]>(StringComparer.Ordinal);
        var categoryByCode = new Dictionary<string, ProductCategory>(StringComparer.Ordinal);
        foreach (var category in categories)
        {
            categoryByCode[category.Code] = category;
            byCategory[category.Code] = Inherited(PathOf(category.IndustryCode, industryByCode), byIndustry);
        }

        return new RuleIndex(byCategory, [.. compiled.Where(r => r.Rule.IndustryCode is null)], typeByCode, categoryByCode, industryByCode);
    }

    /// <summary>The industry codes from the root down to <paramref name="industryCode"/>.</summary>
    public IReadOnlyList<string> IndustryPath(string industryCode) => PathOf(industryCode, _industries);

    /// <summary>
    /// The requirement set of <paramref name="profile"/>, judged from <paramref name="documents"/> (oldest first).
    /// <paramref name="dueSince"/> gives, per requirement key, when an existing merchant first owed it, which starts
    /// the rule's grace period (a key missing from it is owed from now); without it (an applicant) missing documents
    /// have no deadline.
    /// </summary>
    public RequirementSet Evaluate(
        QualificationProfile profile,
        IReadOnlyList<DocumentDetails> documents,
        EvaluationClock clock,
        IReadOnlyDictionary<string, DateTimeOffset>? dueSince = null)
    {
        var owed = new Dictionary<string, Owed>(StringComparer.Ordinal);
        var known = new List<string>(profile.Categories.Count);
        foreach (var category in profile.Categories)
        {
            if (!_byCategory.TryGetValue(category, out var rules))
            {
                continue;
            }

            known.Add(category);
            foreach (var rule in rules)
            {
                if (rule.Rule.Applies(profile.Answers, profile.ShopType))
                {
                    Add(owed, rule, category);
                }
            }
        }

        foreach (var rule in _everyMerchant)
        {
            if (rule.Rule.Applies(profile.Answers, profile.ShopType))
            {
                var entry = Add(owed, rule, null);
                entry.Categories.AddRange(known);
            }
        }

        var byType = DocumentsByType(documents);
        var brands = profile.Brands.Select(b => b.Trim()).Where(b => b.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        var items = new List<RequirementItem>(owed.Count + brands.Length);
        foreach (var entry in owed.Values)
        {
            if (!entry.Rule.Rule.PerBrand)
            {
                items.Add(RequirementJudge.Judge(entry.Rule.Key, null, entry, Candidates(entry.Rule, documents, byType), clock, dueSince));
                continue;
            }

            var candidates = Candidates(entry.Rule, documents, byType);
            foreach (var brand in brands)
            {
                items.Add(RequirementJudge.Judge($"{entry.Rule.Key}@{brand}", brand, entry, candidates, clock, dueSince));
            }
        }

        return new RequirementSet(items);
    }

    /// <summary>Positions of the documents of each type, so a requirement looks only at its own alternatives.</summary>
    private static Dictionary<string, List<int>> DocumentsByType(IReadOnlyList<DocumentDetails> documents)
    {
        var byType = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < documents.Count; i++)
        {
            if (!byType.TryGetValue(documents[i].DocumentType, out var positions))
            {
                positions = [];
                byType[documents[i].DocumentType] = positions;
            }

            positions.Add(i);
        }

        return byType;
    }

    /// <summary>The documents of the rule's alternative types, oldest first (the judge reads the newest as the last).</summary>
    private static IReadOnlyList<DocumentDetails> Candidates(CompiledRule rule, IReadOnlyList<DocumentDetails> documents, Dictionary<string, List<int>> byType)
    {
        List<int>? positions = null;
        var merged = false;
        foreach (var alternative in rule.Alternatives)
        {
            if (!byType.TryGetValue(alternative.Code, out var found))
            {
                continue;
            }

            if (positions is null)
            {
                positions = found;
            }
            else
            {
                positions = [.. positions, .. found];
                merged = true;
            }
        }

        if (positions is null)
        {
            return [];
        }

        if (merged)
        {
            positions.Sort();
        }

        var candidates = new DocumentDetails[positions.Count];
        for (var i = 0; i < candidates.Length; i++)
        {
            candidates[i] = documents[positions[i]];
        }

        return candidates;
    }

    private static Owed Add(Dictionary<string, Owed> owed, CompiledRule rule, string? category)
    {
        if (!owed.TryGetValue(rule.Key, out var entry))
        {
            entry = new Owed(rule);
            owed[rule.Key] = entry;
        }
        else if (rule.IsStricterThan(entry.Rule))
        {
            entry.Rule = rule;
        }

        if (category is not null && !entry.Categories.Contains(category))
        {
            entry.Categories.Add(category);
        }

        return entry;
    }

    private static CompiledRule? Compile(RequirementRule rule, Dictionary<string, DocumentType> types)
    {
        var alternatives = rule.Alternatives
            .Select(code => types.GetValueOrDefault(code))
            .OfType<DocumentType>()
            .Select(t => t.ToInfo(rule.FreshnessMonths))
            .ToArray();
        return alternatives.Length == 0 ? null : new CompiledRule(rule, alternatives);
    }

    private static CompiledRule[] Inherited(IReadOnlyList<string> path, ILookup<string, CompiledRule> byIndustry)
    {
        // Walk from the leaf up: the first industry that sets a key owns it, so deeper rules replace inherited ones.
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        var result = new List<CompiledRule>();
        for (var i = path.Count - 1; i >= 0; i--)
        {
            foreach (var rule in byIndustry[path[i]])
            {
                if (owners.TryAdd(rule.Key, path[i]) || owners[rule.Key] == path[i])
                {
                    result.Add(rule);
                }
            }
        }

        return [.. result];
    }

    private static List<string> PathOf(string industryCode, Dictionary<string, Industry> industries)
    {
        var path = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? code = industryCode;
        while (code is not null && seen.Add(code))
        {
            path.Add(code);
            code = industries.TryGetValue(code, out var industry) ? industry.ParentCode : null;
        }

        path.Reverse();
        return path;
    }

    /// <summary>A requirement being gathered: the rule that sets it and the categories that need it.</summary>
    internal sealed class Owed(CompiledRule rule)
    {
        public CompiledRule Rule { get; set; } = rule;

        public List<string> Categories { get; } = [];
    }
}
