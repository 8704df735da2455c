using System.Reflection;
using Commerce.Hosting.Features;
using Commerce.Hosting.Modules;

namespace Commerce.Hosting.Tests;

public sealed class FeatureGraphTests
{
    private static readonly ModuleDescriptor Module = new()
    {
        Id = "Test", Name = "Test", Category = "Test", Assembly = typeof(FeatureGraphTests).Assembly,
    };

    private static FeatureDescriptor F(string id, params string[] dependencies) => new()
    {
        Id = id, Name = id, Category = "Test", Dependencies = dependencies, Module = Module,
    };

    // Storefront <- Catalog <- Onboarding -> Qualifications(dependency only) ; Admin always on ; Tenants default only
    private static FeatureGraph Marketplace() => new(
    [
        F("Onboarding", "Catalog", "Qualifications"),
        F("Catalog", "Storefront"),
        F("Storefront"),
        new FeatureDescriptor { Id = "Qualifications", Name = "Q", Category = "Test", Module = Module, EnabledByDependencyOnly = true },
        new FeatureDescriptor { Id = "Admin", Name = "Admin", Category = "Test", Module = Module, AlwaysEnabled = true },
        new FeatureDescriptor { Id = "Tenants", Name = "Tenants", Category = "Test", Module = Module, DefaultTenantOnly = true },
        F("Reports", "Tenants"),
    ]);

    private static HashSet<string> Set(params string[] ids) => new(ids, StringComparer.Ordinal);

    [Fact]
    public void Orders_every_feature_after_its_dependencies()
    {
        var order = Marketplace().Ordered.Select(f => f.Id).ToList();

        Assert.True(order.IndexOf("Storefront") < order.IndexOf("Catalog"));
        Assert.True(order.IndexOf("Catalog") < order.IndexOf("Onboarding"));
        Assert.True(order.IndexOf("Qualifications") < order.IndexOf("Onboarding"));
        Assert.Equal(7, order.Count);
    }

    [Fact]
    public void Enabling_pulls_in_dependencies_and_reports_them_in_order()
    {
        var plan = Marketplace().PlanEnable(Set("Admin"), ["Onboarding"], isDefaultTenant: true);

        Assert.True(plan.Accepted);
        Assert.Equal(["Storefront", "Catalog", "Qualifications", "Onboarding"], plan.Enabled);
        Assert.Empty(plan.Disabled);
    }

    [Fact]
    public void Disabling_a_needed_feature_is_refused_naming_the_dependents()
    {
        var graph = Marketplace();
        var enabled = graph.PlanEnable(Set("Admin"), ["Onboarding"], true).Result;

        var plan = graph.PlanDisable(enabled, ["Storefront"], cascade: false);

        Assert.False(plan.Accepted);
        Assert.Equal(FeaturePlanError.HasDependents, plan.Error);
        Assert.Equal(["Catalog", "Onboarding"], plan.Related);
        Assert.Contains("'Catalog'", plan.Message);
    }

    [Fact]
    public void Cascade_disables_dependents_and_orphaned_dependency_only_features()
    {
        var graph = Marketplace();
        var enabled = graph.PlanEnable(Set("Admin"), ["Onboarding"], true).Result;

        var plan = graph.PlanDisable(enabled, ["Catalog"], cascade: true);

        Assert.True(plan.Accepted);
        Assert.Equal(["Onboarding", "Qualifications", "Catalog"], plan.Disabled.OrderBy(Rank).ToList());
        Assert.Equal(Set("Admin", "Storefront"), plan.Result);

        static int Rank(string id) => id switch { "Onboarding" => 0, "Qualifications" => 1, _ => 2 };
    }

    [Fact]
    public void Always_enabled_features_cannot_be_disabled()
    {
        var plan = Marketplace().PlanDisable(Set("Admin"), ["Admin"], cascade: true);

        Assert.Equal(FeaturePlanError.AlwaysEnabled, plan.Error);
    }

    [Fact]
    public void Dependency_only_features_cannot_be_enabled_directly()
    {
        var plan = Marketplace().PlanEnable(Set("Admin"), ["Qualifications"], true);

        Assert.Equal(FeaturePlanError.EnabledByDependencyOnly, plan.Error);
    }

    [Fact]
    public void Default_tenant_only_features_are_refused_elsewhere_even_as_dependencies()
    {
        var graph = Marketplace();

        Assert.True(graph.PlanEnable(Set(), ["Reports"], isDefaultTenant: true).Accepted);
        var refused = graph.PlanEnable(Set(), ["Reports"], isDefaultTenant: false);
        Assert.Equal(FeaturePlanError.DefaultTenantOnly, refused.Error);
        Assert.Equal(["Tenants"], refused.Related);
    }

    [Fact]
    public void Unknown_features_are_refused()
    {
        Assert.Equal(FeaturePlanError.UnknownFeature, Marketplace().PlanEnable(Set(), ["Nope"], true).Error);
        Assert.Equal(FeaturePlanError.UnknownFeature, Marketplace().PlanDisable(Set(), ["Nope"], false).Error);
    }

    [Fact]
    public void Complete_adds_always_enabled_and_dependencies_and_drops_unknown_and_default_only()
    {
        var graph = Marketplace();

        Assert.Equal(Set("Admin", "Storefront", "Catalog"), graph.Complete(["Catalog", "Removed.Module"], isDefaultTenant: false));
        Assert.Equal(Set("Admin"), graph.Complete(["Reports", "Tenants"], isDefaultTenant: false));
        Assert.Equal(Set("Admin", "Reports", "Tenants"), graph.Complete(["Reports"], isDefaultTenant: true));
    }

    [Fact]
    public void A_missing_dependency_names_the_module_and_feature()
    {
        var error = Assert.Throws<ModuleConfigurationException>(() => new FeatureGraph([F("Onboarding", "Ghost")]));

        Assert.Equal("Test", error.ModuleId);
        Assert.Equal("Onboarding", error.FeatureId);
        Assert.Contains("'Ghost'", error.Message);
    }

    [Fact]
    public void A_cycle_is_reported_with_its_path()
    {
        var error = Assert.Throws<ModuleConfigurationException>(() => new FeatureGraph([F("A", "B"), F("B", "C"), F("C", "A")]));

        Assert.Contains("A -> B -> C -> A", error.Message);
        Assert.Equal("Test", error.ModuleId);
    }

    [Fact]
    public void A_feature_declared_twice_is_refused()
    {
        var error = Assert.Throws<ModuleConfigurationException>(() => new FeatureGraph([F("A"), F("A")]));

        Assert.Equal("A", error.FeatureId);
    }

    [Fact]
    public void A_real_module_with_a_missing_dependency_stops_catalog_discovery()
    {
        var broken = Assembly.Load("Commerce.Hosting.Tests.BrokenModule");

        var error = Assert.Throws<ModuleConfigurationException>(
            () => ModuleCatalog.Discover(null, [broken], Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance));

        Assert.Equal("Broken.Reviews", error.ModuleId);
        Assert.Equal("Broken.Reviews", error.FeatureId);
        Assert.Contains("'Commerce.Ratings'", error.Message);
    }
}
