using Commerce.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Hosting.Tests.Data;

/// <summary>
/// A migration run reads the database's schema stamps once; a module context whose stamp names its newest migration is
/// not even created, and one without a current stamp migrates and records it. On a real SQLite file.
/// </summary>
public sealed class SchemaStampSnapshotTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "commerce-stamps-" + Guid.NewGuid().ToString("n"));
    private readonly DatabaseLocation _location;

    public SchemaStampSnapshotTests()
    {
        Directory.CreateDirectory(_folder);
        _location = new DatabaseLocation(DatabaseProvider.Sqlite,
            new SqliteConnectionStringBuilder { DataSource = Path.Combine(_folder, "tenant.db"), Pooling = true }.ToString(), null);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task A_context_without_a_stamp_migrates_and_records_its_newest_migration()
    {
        await using var services = BuildServices();
        await RunAsync(services);

        var stamps = await ReadStampsAsync();
        Assert.Equal(StampedMigration.Id, stamps[nameof(StampedContext)]);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StampedContext>();
        Assert.Empty(await db.Notes.ToListAsync());
    }

    [Fact]
    public async Task A_context_whose_stamp_is_current_is_not_created()
    {
        await using (var first = BuildServices())
        {
            await RunAsync(first);
        }

        await using var services = BuildServices();
        var before = StampedContext.Created;
        await RunAsync(services);

        Assert.Equal(before, StampedContext.Created);
    }

    [Fact]
    public async Task A_stamp_naming_an_older_migration_runs_the_migrations_again()
    {
        await using (var first = BuildServices())
        {
            await RunAsync(first);
        }

        await using var services = BuildServices();
        await using (var reader = CreateReader(services))
        {
            await SchemaStamps.RecordAsync(reader, nameof(StampedContext), "000000000000_Older");
        }

        var before = StampedContext.Created;
        await RunAsync(services);

        Assert.True(StampedContext.Created > before);
        Assert.Equal(StampedMigration.Id, (await ReadStampsAsync())[nameof(StampedContext)]);
    }

    [Fact]
    public void A_snapshot_that_was_never_loaded_counts_nothing_as_current()
    {
        var snapshot = new SchemaStampSnapshot();
        Assert.False(snapshot.IsCurrent(nameof(StampedContext), StampedMigration.Id));

        snapshot.Load(new Dictionary<string, string> { [nameof(StampedContext)] = StampedMigration.Id });
        Assert.True(snapshot.IsCurrent(nameof(StampedContext), StampedMigration.Id));
        Assert.False(snapshot.IsCurrent(nameof(StampedContext), "000000000000_Older"));
        Assert.False(snapshot.IsCurrent(nameof(StampedContext), null));
    }

    private ServiceProvider BuildServices()
    {
        var services = new ServiceCollection();
        services.AddSingleton<ITenantDatabase>(new TenantDatabase(_location));
        services.AddTenantDbContext<StampedContext>();
        return services.BuildServiceProvider();
    }

    /// <summary>As the host runs a shell's migrations: stamps read once into the scope's snapshot, then each migration.</summary>
    private async Task RunAsync(ServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<SchemaStampSnapshot>().Load(await HostTableReader.SchemaStampsAsync(_location));

        foreach (var migration in scope.ServiceProvider.GetServices<IShellMigration>())
        {
            await migration.MigrateAsync(CancellationToken.None);
        }
    }

    private Task<IReadOnlyDictionary<string, string>> ReadStampsAsync() => HostTableReader.SchemaStampsAsync(_location);

    /// <summary>A context on the same database that is not counted, to write a stamp with.</summary>
    private static ReaderContext CreateReader(ServiceProvider services)
    {
        var options = new DbContextOptionsBuilder<ReaderContext>();
        services.GetRequiredService<ITenantDatabase>().Configure(options, typeof(ReaderContext));
        return new ReaderContext(options.Options);
    }

    private sealed class ReaderContext(DbContextOptions<ReaderContext> options) : DbContext(options);
}

/// <summary>A module context that counts how often it is created.</summary>
public sealed class StampedContext : DbContext
{
    private static int _created;

    public StampedContext(DbContextOptions<StampedContext> options) : base(options) => Interlocked.Increment(ref _created);

    public static int Created => Volatile.Read(ref _created);

    public DbSet<StampedNote> Notes => Set<StampedNote>();
}

public sealed class StampedNote
{
    public int Id { get; set; }

    public string Text { get; set; } = "";
}

[DbContext(typeof(StampedContext))]
[Migration(Id)]
public sealed class StampedMigration : Migration
{
    public const string Id = "202611270001_StampedInitial";

    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.CreateTable(
        name: "Notes",
        columns: table => new
        {
            Id = table.Column<int>(nullable: false).Annotation("Sqlite:Autoincrement", true),
            Text = table.Column<string>(nullable: false),
        },
        constraints: table => table.PrimaryKey("PK_Notes", x => x.Id));
}
