using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Commerce.Merchants.Data.Migrations;

/// <summary>
/// Schema version 2: a grade's deposit is stored as whole minor units (<c>DepositMinorUnits</c>, a 64-bit integer) beside
/// its currency instead of a decimal, so SQL can compare it on SQLite too and the stored value is exact. Existing
/// amounts are converted with their currency's minor units (JPY 0, KWD 3, others 2), rounded half away from zero.
/// </summary>
[DbContext(typeof(MerchantsDbContext))]
[Migration("202612100001_MerchantGradeDepositMinorUnits")]
internal sealed class MerchantGradeDepositMinorUnits : Migration
{
    // The minor units as this migration was written; later additions to Commerce.Currency must not change what it did.
    private const string Scale = "CASE WHEN \"DepositCurrency\" IN ('JPY', 'KRW', 'VND', 'CLP', 'ISK', 'UGX') THEN 1 " +
        "WHEN \"DepositCurrency\" IN ('BHD', 'KWD', 'JOD', 'OMR', 'TND', 'IQD', 'LYD') THEN 1000 ELSE 100 END";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<long>(name: "DepositMinorUnits", table: "merchant_grades", nullable: false, defaultValue: 0L);
        // SQLite keeps decimals as text: read it as a number first. ROUND is half away from zero on both providers.
        var amount = IsSqlite(migrationBuilder) ? "CAST(\"DepositAmount\" AS REAL)" : "\"DepositAmount\"";
        migrationBuilder.Sql($"UPDATE merchant_grades SET \"DepositMinorUnits\" = CAST(ROUND({amount} * {Scale}) AS BIGINT), \"DepositCurrency\" = UPPER(\"DepositCurrency\")");
        // Plain SQL: both providers drop a column in place (SQLite since 3.35), no table rebuild needed.
        migrationBuilder.Sql("ALTER TABLE merchant_grades DROP COLUMN \"DepositAmount\"");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<decimal>(name: "DepositAmount", table: "merchant_grades", precision: 18, scale: 2, nullable: false, defaultValue: 0m);
        var amount = IsSqlite(migrationBuilder)
            ? $"CAST(CAST(\"DepositMinorUnits\" AS REAL) / ({Scale}) AS TEXT)"
            : $"CAST(\"DepositMinorUnits\" AS NUMERIC(18, 2)) / ({Scale})";
        migrationBuilder.Sql($"UPDATE merchant_grades SET \"DepositAmount\" = {amount}");
        migrationBuilder.Sql("ALTER TABLE merchant_grades DROP COLUMN \"DepositMinorUnits\"");
    }

    private static bool IsSqlite(MigrationBuilder migrationBuilder)
        => migrationBuilder.ActiveProvider?.EndsWith(".Sqlite", StringComparison.Ordinal) == true;
}
