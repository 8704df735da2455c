using Commerce.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Abstractions.Tests;

/// <summary>Money stored as minor units beside its currency: exact on the way back, and comparable in SQL on SQLite.</summary>
public sealed class MoneyStorageTests : IAsyncLifetime
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    [Fact]
    public async Task Money_is_stored_as_integer_minor_units_and_a_code_and_read_back_exactly()
    {
        await using (var db = Context())
        {
            db.Prices.AddRange(
                new Price { Id = 1, Amount = new Money(1234.50m, "CNY") },
                new Price { Id = 2, Amount = new Money(1235m, "JPY") },
                new Price { Id = 3, Amount = new Money(-1.005m, "KWD") },
                new Price { Id = 4, Amount = Money.FromMinorUnits(long.MaxValue, "CNY") });
            await db.SaveChangesAsync();
        }

        await using var command = _connection.CreateCommand();
        command.CommandText = "SELECT typeof(AmountMinorUnits), AmountMinorUnits, AmountCurrency FROM prices ORDER BY Id";
        await using (var reader = await command.ExecuteReaderAsync())
        {
            var rows = new List<(string, long, string)>();
            while (await reader.ReadAsync())
            {
                rows.Add((reader.GetString(0), reader.GetInt64(1), reader.GetString(2)));
            }

            Assert.Equal([("integer", 123450L, "CNY"), ("integer", 1235L, "JPY"), ("integer", -1005L, "KWD"), ("integer", long.MaxValue, "CNY")], rows);
        }

        await using var read = Context();
        var prices = await read.Prices.AsNoTracking().OrderBy(p => p.Id).Select(p => p.Amount).ToListAsync();
        Assert.Equal([new Money(1234.5m, "CNY"), new Money(1235m, "JPY"), new Money(-1.005m, "KWD"), Money.FromMinorUnits(long.MaxValue, "CNY")], prices);
        Assert.Equal("1234.50", prices[0].Amount.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Queries_compare_the_minor_units_in_sql()
    {
        await using (var db = Context())
        {
            db.Prices.AddRange(
                new Price { Id = 1, Amount = new Money(9.99m, "CNY") },
                new Price { Id = 2, Amount = new Money(100m, "CNY") },
                new Price { Id = 3, Amount = new Money(20m, "CNY") });
            await db.SaveChangesAsync();
        }

        await using var read = Context();
        var over = new Money(10m, "CNY").AmountInMinorUnits;
        var query = read.Prices.Where(p => p.Amount.CurrencyCode == "CNY" && p.Amount.AmountInMinorUnits > over).OrderByDescending(p => p.Amount.AmountInMinorUnits).Select(p => p.Id);

        Assert.Equal([2, 3], await query.ToListAsync());
        Assert.Contains("ORDER BY \"p\".\"AmountMinorUnits\" DESC", query.ToQueryString());
    }

    public async Task InitializeAsync()
    {
        await _connection.OpenAsync();
        await using var db = Context();
        await db.Database.EnsureCreatedAsync();
    }

    public async Task DisposeAsync() => await _connection.DisposeAsync();

    private PriceContext Context() => new(new DbContextOptionsBuilder<PriceContext>().UseSqlite(_connection).Options);

    private sealed class Price
    {
        public int Id { get; set; }

        public Money Amount { get; set; }
    }

    private sealed class PriceContext(DbContextOptions<PriceContext> options) : DbContext(options)
    {
        public DbSet<Price> Prices => Set<Price>();

        protected override void OnModelCreating(ModelBuilder modelBuilder)
            => modelBuilder.Entity<Price>(price =>
            {
                price.ToTable("prices");
                price.Property(p => p.Id).ValueGeneratedNever();
                price.ComplexProperty(p => p.Amount).StoredAsMinorUnits("AmountMinorUnits", "AmountCurrency");
            });
    }
}
