using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.Data;

/// <summary>
/// Stores a <see cref="Money"/> property as two columns: the amount in whole minor units (a 64-bit integer) and the
/// currency code. Integers because SQLite cannot compare decimals in SQL (it stores them as text), and because the
/// minor units make the stored value exact; the currency beside the amount because a tenant may price in more than
/// one, and because a value read back without its currency would be a guess.
/// </summary>
/// <example>
/// <code>
/// modelBuilder.Entity&lt;MerchantGrade&gt;().ComplexProperty(g =&gt; g.Deposit).StoredAsMinorUnits("DepositMinorUnits", "DepositCurrency");
/// // queries compare the integer column: db.Grades.Where(g =&gt; g.Deposit.AmountInMinorUnits &gt;= 1_000_000)
/// </code>
/// In a migration: <c>table.Column&lt;long&gt;(nullable: false)</c> and <c>table.Column&lt;string&gt;(maxLength: 3, nullable: false)</c>.
/// </example>
public static class MoneyMapping
{
    /// <summary>The column length of a currency code.</summary>
    public const int CurrencyCodeLength = 3;

    /// <summary>Maps the complex property's two stored parts to <paramref name="amountColumn"/> and <paramref name="currencyColumn"/>.</summary>
    public static ComplexPropertyBuilder<Money> StoredAsMinorUnits(this ComplexPropertyBuilder<Money> money, string amountColumn, string currencyColumn)
    {
        money.Property(m => m.AmountInMinorUnits).HasColumnName(amountColumn).IsRequired();
        money.Property(m => m.CurrencyCode).HasColumnName(currencyColumn).HasMaxLength(CurrencyCodeLength).IsRequired();
        return money;
    }
}
