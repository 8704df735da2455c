using Commerce.Architecture.Tests.BadModule.Data;

namespace Commerce.Architecture.Tests.Schema;

/// <summary>
/// Each DbContext's hand-written migrations build the schema its model describes. Migrations carry no model snapshot, so
/// EF Core cannot check this itself; this test is the guard. For every context (each module's and the host's) and
/// provider (SQLite; PostgreSQL when <c>COMMERCE_TEST_POSTGRES</c> is set) it compares tables, columns (name, type,
/// nullability, identity), keys, indexes (name, columns, uniqueness, filter) and foreign keys.
/// </summary>
public sealed class SchemaMatchesModelTests
{
    public static TheoryData<string, string> Cases
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var provider in Providers.All)
            {
                foreach (var context in ModuleContexts.All)
                {
                    data.Add(provider, context.Name);
                }
            }

            return data;
        }
    }

    public static TheoryData<string> AllProviders => [.. Providers.All];

    [Fact]
    public void Every_module_with_tables_is_covered()
    {
        var names = ModuleContexts.All.Select(t => t.Name).ToList();
        Assert.Contains("AnnouncementsDbContext", names);
        Assert.Contains("IdentityDataContext", names);
        Assert.Contains("QualificationsDbContext", names);
        Assert.Contains("ShellStateDbContext", names);
        Assert.Contains("HostDbContext", names);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task The_migrations_build_the_schema_of_the_model(string provider, string context)
    {
        var comparison = await SchemaComparison.RunAsync(ModuleContexts.Named(context), provider);
        Assert.True(comparison.Matches, comparison.ToString());
    }

    /// <summary>The fixture's model made its text required and added an index after its migration was written.</summary>
    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task A_model_that_drifted_from_its_migrations_is_reported(string provider)
    {
        var comparison = await SchemaComparison.RunAsync(typeof(ComplaintsDbContext), provider);

        Assert.False(comparison.Matches);
        Assert.Single(comparison.OnlyAfterMigrations, l => l.StartsWith("column complaints.Text ") && l.EndsWith(" null") && !l.Contains("not null"));
        Assert.Single(comparison.OnlyInModel, l => l.StartsWith("column complaints.Text ") && l.EndsWith(" not null"));
        Assert.Single(comparison.OnlyInModel, l => l == "index IX_complaints_MerchantId on complaints (MerchantId)");
        Assert.Equal(3, comparison.OnlyAfterMigrations.Count + comparison.OnlyInModel.Count);
        Assert.Contains("in the model only:         index IX_complaints_MerchantId on complaints (MerchantId)", comparison.ToString());
    }
}
