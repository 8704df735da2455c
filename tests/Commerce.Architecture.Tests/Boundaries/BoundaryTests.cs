namespace Commerce.Architecture.Tests.Boundaries;

/// <summary>The repository's modules, themes and contract projects keep to <see cref="BoundaryRules"/>.</summary>
public sealed class BoundaryTests
{
    public static TheoryData<string> Modules => [.. ModuleProject.All.Select(m => m.Name)];

    public static TheoryData<string> Contracts => [.. ModuleProject.All.Where(m => m.IsContract).Select(m => m.Name)];

    public static TheoryData<string> Implementations => [.. ModuleProject.All.Where(m => !m.IsContract).Select(m => m.Name)];

    [Fact]
    public void The_rules_see_the_modules_and_their_contracts()
    {
        var modules = ModuleProject.All.ToDictionary(m => m.Name, m => m.IsContract);
        Assert.False(modules["Commerce.Qualifications"]);
        Assert.False(modules["Commerce.Themes.Storefront"]);
        Assert.True(modules["Commerce.Merchants.Abstractions"]);
        Assert.True(modules.Count >= 14, $"only {modules.Count} projects found under modules/ and themes/");
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void A_module_references_only_contracts(string module)
        => AssertNone(BoundaryRules.ReferencesOnlyContracts(ModuleProject.Named(module)));

    [Theory]
    [MemberData(nameof(Contracts))]
    public void A_contract_does_not_depend_on_EF_Core(string contract)
        => AssertNone(BoundaryRules.ContractIsFreeOfEfCore(ModuleProject.Named(contract)));

    [Theory]
    [MemberData(nameof(Implementations))]
    public void A_module_keeps_its_DbContexts_and_domain_internal(string module)
        => AssertNone(BoundaryRules.KeepsTablesAndDomainInternal(ModuleProject.Named(module)));

    private static void AssertNone(IReadOnlyList<string> violations)
        => Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
}
