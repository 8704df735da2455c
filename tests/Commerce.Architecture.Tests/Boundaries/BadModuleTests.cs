namespace Commerce.Architecture.Tests.Boundaries;

/// <summary>
/// The rules catch what they are for: the fixture module <c>tests/Commerce.Architecture.Tests.BadModule</c> references
/// another module's implementation (Commerce.Announcements), uses EF Core, and makes its DbContext and a domain type
/// public, and each rule reports it.
/// </summary>
public sealed class BadModuleTests
{
    private static readonly ModuleProject Bad = ModuleProject.BadModule;

    [Fact]
    public void A_reference_to_another_modules_implementation_is_reported_from_the_project_file_and_the_assembly()
    {
        var violations = BoundaryRules.ReferencesOnlyContracts(Bad);

        Assert.Contains(violations, v => v.Contains("references the project modules/Commerce.Announcements/Commerce.Announcements.csproj"));
        var compiled = Assert.Single(violations, v => v.Contains("uses the implementation assembly Commerce.Announcements"));
        // NetArchTest names the type that uses it.
        Assert.Contains("Commerce.Architecture.Tests.BadModule.ComplaintsApi", compiled);
        Assert.DoesNotContain(violations, v => v.Contains("Commerce.Abstractions"));
    }

    [Fact]
    public void EF_Core_in_a_contract_is_reported()
    {
        var violations = BoundaryRules.ContractIsFreeOfEfCore(Bad);

        Assert.Contains(violations, v => v.Contains("references the assembly Microsoft.EntityFrameworkCore"));
        Assert.Contains(violations, v => v.Contains("Commerce.Architecture.Tests.BadModule.Data.ComplaintsDbContext"));
    }

    [Fact]
    public void A_public_DbContext_and_a_public_domain_type_are_reported()
    {
        var violations = BoundaryRules.KeepsTablesAndDomainInternal(Bad);

        Assert.Contains(violations, v => v.Contains("Commerce.Architecture.Tests.BadModule.Data.ComplaintsDbContext is public"));
        Assert.Contains(violations, v => v.Contains("Commerce.Architecture.Tests.BadModule.Domain.Complaint is public"));
        Assert.Contains(violations, v => v.Contains("Commerce.Architecture.Tests.BadModule.Reports.ComplaintsReportContext is public"));
        Assert.DoesNotContain(violations, v => v.Contains("ComplaintsApi"));
    }

    [Fact]
    public void The_rules_name_the_allowed_exception_and_nothing_else()
    {
        var exception = Assert.Single(BoundaryRules.AllowedByName);
        Assert.Equal("Commerce.Management", exception.Key);
        Assert.Equal(["Commerce.Hosting"], exception.Value);
    }
}
