using System.ComponentModel.DataAnnotations;
using Commerce.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Hosting.Tests.Data;

/// <summary>
/// Saves of one process on one SQLite file queue for the write lock; a save that ends in any way gives up its place,
/// and saves inside an explicit transaction never wait in the queue behind a lock their transaction holds.
/// </summary>
public sealed class SqliteWriteGateTests : IAsyncLifetime
{
    // Far below SqliteWriteGate.MaxWait: a place in the queue that was never given back makes the next save miss this.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "commerce-gate-" + Guid.NewGuid().ToString("n"));
    private DatabaseLocation _location = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        _location = new DatabaseLocation(DatabaseProvider.Sqlite,
            new SqliteConnectionStringBuilder { DataSource = Path.Combine(_folder, "gate.db"), Pooling = true }.ToString(), null);
        await DatabaseBootstrapper.EnsureExistsAsync(_location);
        await using var db = Open();
        await db.Database.EnsureCreatedAsync();
        db.Counters.Add(new Counter { Id = 1 });
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Many_simultaneous_saves_all_land()
    {
        using var patience = new CancellationTokenSource(Patience);
        await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(async () =>
        {
            await using var db = Open();
            db.Entries.Add(new Entry { Text = $"entry {i}" });
            await db.SaveChangesAsync(patience.Token);
        })));

        await using var check = Open();
        Assert.Equal(40, await check.Entries.CountAsync());
    }

    [Fact]
    public async Task A_save_that_loses_a_concurrency_conflict_gives_up_its_place()
    {
        await using var first = Open();
        await using var second = Open();
        var mine = await first.Counters.SingleAsync();
        var theirs = await second.Counters.SingleAsync();
        mine.Value = 1;
        await first.SaveChangesAsync();
        theirs.Value = 2;

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());

        using var patience = new CancellationTokenSource(Patience);
        await using var next = Open();
        next.Entries.Add(new Entry { Text = "after the conflict" });
        Assert.Equal(1, await next.SaveChangesAsync(patience.Token));
    }

    [Fact]
    public async Task A_save_that_fails_gives_up_its_place()
    {
        await using var db = Open();
        db.Counters.Add(new Counter { Id = 1 });
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

        using var patience = new CancellationTokenSource(Patience);
        await using var next = Open();
        next.Entries.Add(new Entry { Text = "after the failure" });
        Assert.Equal(1, await next.SaveChangesAsync(patience.Token));
    }

    [Fact]
    public async Task Saves_inside_a_transaction_do_not_queue_behind_their_own_lock()
    {
        using var patience = new CancellationTokenSource(Patience);
        await using var owner = Open();
        await using var transaction = await owner.Database.BeginTransactionAsync(patience.Token);
        owner.Entries.Add(new Entry { Text = "in the transaction" });
        await owner.SaveChangesAsync(patience.Token);

        // A queued save from elsewhere now waits for the lock the transaction holds …
        var other = Task.Run(async () =>
        {
            await using var db = Open();
            db.Entries.Add(new Entry { Text = "outside" });
            return await db.SaveChangesAsync(patience.Token);
        });
        await Task.Delay(200, patience.Token);

        // … while the transaction saves again and commits without waiting in the queue.
        owner.Entries.Add(new Entry { Text = "in the transaction, again" });
        await owner.SaveChangesAsync(patience.Token);
        await transaction.CommitAsync(patience.Token);

        Assert.Equal(1, await other);
        await using var check = Open();
        Assert.Equal(3, await check.Entries.CountAsync());
    }

    [Fact]
    public async Task Bulk_statements_and_saves_all_land_and_a_failed_statement_gives_up_its_place()
    {
        using var patience = new CancellationTokenSource(Patience);
        await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(async () =>
        {
            await using var db = Open();
            if (i % 2 == 0)
            {
                await db.Counters.Where(c => c.Id == 1).ExecuteUpdateAsync(set => set.SetProperty(c => c.Value, c => c.Value + 1), patience.Token);
            }
            else
            {
                db.Entries.Add(new Entry { Text = $"entry {i}" });
                await db.SaveChangesAsync(patience.Token);
            }
        })));

        await using (var failing = Open())
        {
            await Assert.ThrowsAsync<SqliteException>(() => failing.Database.ExecuteSqlRawAsync("UPDATE no_such_table SET x = 1", patience.Token));
        }

        await using var check = Open();
        Assert.Equal(1, await check.Entries.Where(e => e.Text == "entry 1").ExecuteUpdateAsync(set => set.SetProperty(e => e.Text, "renamed"), patience.Token));
        Assert.Equal(20, (await check.Counters.SingleAsync(patience.Token)).Value);
        Assert.Equal(20, await check.Entries.CountAsync(patience.Token));
    }

    [Fact]
    public async Task Connections_sync_the_log_at_checkpoints_only()
    {
        await using var db = Open();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA synchronous;";
        Assert.Equal(1L, await command.ExecuteScalarAsync()); // NORMAL
    }

    private GateContext Open() => new(new DbContextOptionsBuilder<GateContext>().UseLocation(_location).Options);

    private sealed class GateContext(DbContextOptions<GateContext> options) : DbContext(options)
    {
        public DbSet<Counter> Counters => Set<Counter>();

        public DbSet<Entry> Entries => Set<Entry>();
    }

    private sealed class Counter
    {
        public int Id { get; set; }

        [ConcurrencyCheck]
        public int Value { get; set; }
    }

    private sealed class Entry
    {
        public int Id { get; set; }

        public required string Text { get; set; }
    }
}
