using Commerce.Qualifications.Domain;
using static Commerce.Qualifications.Tests.Subjects;

namespace Commerce.Qualifications.Tests;

/// <summary>Rule evaluation on the catalog the default recipe seeds: conditions, alternatives, inheritance, freshness, brands.</summary>
public sealed class RequirementEvaluationTests
{
    private readonly RuleIndex _index = DefaultCatalog.Index();

    [Fact]
    public void A_packaged_food_reseller_owes_the_licences_of_a_seller_that_is_not_the_producer()
    {
        var set = _index.Evaluate(Profile(["food.packaged"], answers: ("isProducer", "false")), [], Clock());

        Assert.Equal(["business-licence", "contract-manufacturing-agreement", "food-business-licence", "producer-production-licence"], set.Keys());
        Assert.All(set.Items, i => Assert.Equal(RequirementState.CurrentlyDue, i.State));
        // An applicant has no deadline yet: the grace period starts when a merchant exists.
        Assert.All(set.Items, i => Assert.Null(i.Deadline));
        Assert.Equal(["food.packaged"], set.Item("food-business-licence").Categories);
        Assert.Equal("食品经营许可证", set.Item("food-business-licence").Alternatives.Single().NameZh);
        Assert.False(set.IsSatisfied);
    }

    [Fact]
    public void A_producer_holds_a_production_licence_instead()
    {
        var set = _index.Evaluate(Profile(["food.packaged"], answers: ("isProducer", "true")), [], Clock());

        Assert.Equal(["business-licence", "food-production-licence"], set.Keys());
    }

    [Fact]
    public void Alcohol_is_satisfied_by_any_one_of_the_three_liquor_documents()
    {
        var profile = Profile(["alcohol.liquor"], answers: ("isProducer", "true"));
        var due = _index.Evaluate(profile, [], Clock()).Item("liquor-licence");
        Assert.Equal(["liquor-circulation-filing", "liquor-retail-licence", "liquor-wholesale-licence"], due.Alternatives.Select(a => a.Code));

        var met = _index.Evaluate(profile, [Verified("liquor-retail-licence", expires: Today.AddYears(2))], Clock()).Item("liquor-licence");
        Assert.Equal(RequirementState.Verified, met.State);
    }

    [Fact]
    public void Conditions_on_answers_add_documents_to_a_category_that_does_not_need_them_otherwise()
    {
        var plain = _index.Evaluate(Profile(["food.packaged"], answers: ("isProducer", "true")), [], Clock());
        var importing = _index.Evaluate(Profile(["food.packaged"], answers: [("isProducer", "true"), ("sellsImported", "TRUE"), ("sellsAlcohol", "true")]), [], Clock());

        Assert.DoesNotContain("import-declaration", plain.Keys());
        Assert.Contains("import-declaration", importing.Keys());
        Assert.Contains("inspection-certificate", importing.Keys());
        Assert.Contains("liquor-licence", importing.Keys());
    }

    [Fact]
    public void Rules_are_inherited_down_the_tree_and_a_deeper_rule_of_the_same_key_replaces_the_inherited_one()
    {
        var wine = _index.Evaluate(Profile(["food.imported.wine"], answers: ("isProducer", "true")), [], Clock());
        var food = _index.Evaluate(Profile(["food.imported"], answers: ("isProducer", "true")), [], Clock());

        // From Food (root), Imported food (parent) and Wine itself, without any answer asking for them.
        Assert.Equal(["business-licence", "food-production-licence", "import-declaration", "inspection-certificate", "liquor-licence"], wine.Keys());
        Assert.Equal(24, wine.Item("import-declaration").Alternatives.Single().FreshnessMonths);
        Assert.Equal(12, food.Item("import-declaration").Alternatives.Single().FreshnessMonths);
        Assert.DoesNotContain("liquor-licence", food.Keys());
    }

    [Fact]
    public void An_import_declaration_counts_while_issued_within_the_freshness_window()
    {
        var thirteenMonthsAgo = Today.AddMonths(-13);
        var documents = new[] { Verified("customs-import-declaration", issued: thirteenMonthsAgo) };

        var food = _index.Evaluate(Profile(["food.imported"]), documents, Clock()).Item("import-declaration");
        var wine = _index.Evaluate(Profile(["food.imported.wine"]), documents, Clock()).Item("import-declaration");

        Assert.Equal(RequirementState.PastDue, food.State);
        Assert.Equal(Clock().StartOf(thirteenMonthsAgo.AddMonths(12)), food.Deadline);
        Assert.Equal(RequirementState.Verified, wine.State);
    }

    [Fact]
    public void When_two_categories_need_the_same_document_the_stricter_freshness_applies_to_both()
    {
        var set = _index.Evaluate(Profile(["food.imported.wine", "food.imported"]), [Verified("customs-import-declaration", issued: Today.AddMonths(-13))], Clock());

        var item = set.Item("import-declaration");
        Assert.Equal(12, item.Alternatives.Single().FreshnessMonths);
        Assert.Equal(["food.imported.wine", "food.imported"], item.Categories);
        Assert.Equal(RequirementState.PastDue, item.State);
    }

    [Fact]
    public void Brand_documents_are_owed_per_brand_and_the_shop_type_decides_which()
    {
        var documents = new[] { Verified("trademark-registration-certificate", expires: Today.AddYears(5), brand: "Acme") };
        var flagship = _index.Evaluate(Profile(["apparel"], "flagship", ["Acme", "Zenith", "acme"]), documents, Clock());
        var franchise = _index.Evaluate(Profile(["apparel"], "franchise", ["Acme", "Zenith"]), documents, Clock());
        var individual = _index.Evaluate(Profile(["apparel"], "individual", ["Acme"]), documents, Clock());

        Assert.Equal(["business-licence", "quality-inspection-report", "trademark@Acme", "trademark@Zenith"], flagship.Keys());
        Assert.Equal(RequirementState.Verified, flagship.Item("trademark@Acme").State);
        Assert.Equal("Acme", flagship.Item("trademark@Acme").Brand);
        Assert.Equal(RequirementState.CurrentlyDue, flagship.Item("trademark@Zenith").State);
        Assert.Equal(2, franchise.Item("brand-authorization@Zenith").Alternatives.Count);
        Assert.Equal(RequirementState.Verified, franchise.Item("brand-authorization@Acme").State);
        Assert.DoesNotContain(individual.Keys(), k => k.Contains('@'));
    }

    [Fact]
    public void The_business_licence_is_owed_by_every_merchant_for_all_its_categories_and_unknown_categories_are_ignored()
    {
        var none = _index.Evaluate(Profile([]), [], Clock());
        var set = _index.Evaluate(Profile(["toys", "electronics", "no.such.category"]), [], Clock());

        Assert.Equal(["business-licence"], none.Keys());
        Assert.Equal(["toys", "electronics"], set.Item("business-licence").Categories);
        Assert.Equal(["toys", "electronics"], set.Item("ccc-certificate").Categories);
        Assert.Equal(["toys", "electronics"], set.Item("quality-inspection-report").Categories);
    }
}
