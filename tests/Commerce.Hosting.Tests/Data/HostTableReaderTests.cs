using Commerce.Data;
using Commerce.Data.Host;
using Commerce.Data.Shell;
using Commerce.Hosting.Shells;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Hosting.Tests.Data;

/// <summary>The plain-command reads of the host's tables return exactly what EF Core wrote, on a real SQLite file.</summary>
public sealed class HostTableReaderTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "commerce-reader-" + Guid.NewGuid().ToString("n"));
    private DatabaseLocation _location = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        _location = new DatabaseLocation(DatabaseProvider.Sqlite,
            new SqliteConnectionStringBuilder { DataSource = Path.Combine(_folder, "host.db"), Pooling = true }.ToString(), null);
        await DatabaseBootstrapper.EnsureExistsAsync(_location);
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Tenants_read_back_with_every_column()
    {
        Assert.False(await HostTableReader.IsSchemaCurrentAsync(_location, typeof(HostDbContext)));
        var created = new DateTimeOffset(2026, 11, 27, 9, 30, 15, 123, TimeSpan.Zero);
        await using (var db = new HostDbContext(new DbContextOptionsBuilder<HostDbContext>().UseLocation(_location).Options))
        {
            await SchemaStamps.MigrateAsync(db);
            db.Tenants.Add(new TenantRecord { Name = "Default", State = "Running", CreatedUtc = created, Stamp = 7 });
            db.Tenants.Add(new TenantRecord
            {
                Name = "Tea", State = "Disabled", RequestUrlPrefix = "tea", RequestUrlHost = "tea.example.test", DatabaseProvider = "PostgreSql",
                ConnectionString = "Host=db", Schema = "tenant_tea", RecipeName = "blank", CreatedUtc = created.AddDays(1), Stamp = 3,
            });
            await db.SaveChangesAsync();
        }

        Assert.True(await HostTableReader.IsSchemaCurrentAsync(_location, typeof(HostDbContext)));
        var tenants = await HostTableReader.TenantsAsync(_location);
        Assert.Equal(["Default", "Tea"], tenants.Select(t => t.Name));
        var tea = await HostTableReader.TenantAsync(_location, "Tea");
        Assert.NotNull(tea);
        Assert.Equal(("Disabled", "tea", "tea.example.test", "PostgreSql", "Host=db", "tenant_tea", "blank", 3L, created.AddDays(1)),
            (tea.State, tea.RequestUrlPrefix, tea.RequestUrlHost, tea.DatabaseProvider, tea.ConnectionString, tea.Schema, tea.RecipeName, tea.Stamp, tea.CreatedUtc));
        var main = tenants[0];
        Assert.Equal((null, null, null, 7L, created), (main.RequestUrlPrefix, main.RecipeName, main.Schema, main.Stamp, main.CreatedUtc));
        Assert.Null(await HostTableReader.TenantAsync(_location, "tea"));
        Assert.Equal(new Dictionary<string, long> { ["Default"] = 7, ["Tea"] = 3 }, await HostTableReader.TenantStampsAsync(_location));
    }

    [Fact]
    public async Task A_shell_state_reads_back_as_the_store_saved_it()
    {
        await ShellStateStore.MigrateAsync(_location);
        Assert.True(await HostTableReader.IsSchemaCurrentAsync(_location, typeof(ShellStateDbContext)));
        Assert.Equal(0, (await ShellStateStore.LoadAsync(_location)).Version);

        var features = new Dictionary<string, bool> { ["Commerce.Storefront"] = false, ["Commerce.Announcements"] = true };
        Assert.True(await ShellStateStore.TrySaveAsync(_location, 0, features, DateTimeOffset.UtcNow));
        await ShellStateStore.SaveSettingsAsync(_location, new Dictionary<string, string> { ["Theme"] = "Jade" });

        var state = await ShellStateStore.LoadAsync(_location);
        Assert.Equal(1, state.Version);
        Assert.Equal(features, state.Features);
        Assert.Equal(["Commerce.Announcements"], state.Hidden);
        Assert.Equal(new Dictionary<string, string> { ["Theme"] = "Jade" }, await ShellStateStore.LoadSettingsAsync(_location));
    }
}
