using System.Net;
using Commerce.Data;
using Commerce.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Commerce.Web.Tests;

/// <summary>Each module versions its schema; pending migrations run when a shell is first activated (a module upgrade).</summary>
public sealed class MigrationTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_module_migration_missing_from_the_database_runs_on_the_next_start(string provider)
    {
        await using var store = TestStore.Create(provider);
        await using (var first = new TestHost(store))
        {
            Assert.Equal(HttpStatusCode.OK, (await first.Visitor().GetAsync("/announcements")).StatusCode);
        }

        // Make the database look like one written before the module shipped its first migration: no table, no
        // history, and a schema stamp naming an older migration (the stamp is what a start checks first).
        await ExecuteAsync(store, "DROP TABLE announcements; DELETE FROM \"__migrations_AnnouncementsDbContext\"; " +
            "UPDATE commerce_schema_stamps SET migration = '202601010000_Older' WHERE context = 'AnnouncementsDbContext';");

        await using var upgraded = new TestHost(store);
        Assert.Equal(HttpStatusCode.OK, (await upgraded.Visitor().GetAsync("/announcements")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await upgraded.Admin().PostAsync("/api/announcements", System.Net.Http.Json.JsonContent.Create(new { title = "After upgrade" }))).StatusCode);
        Assert.Equal(1L, await ScalarAsync(store, "SELECT COUNT(*) FROM \"__migrations_AnnouncementsDbContext\""));
        Assert.Equal(1L, await ScalarAsync(store, "SELECT COUNT(*) FROM commerce_schema_stamps WHERE context = 'AnnouncementsDbContext' AND migration = '202611270001_AnnouncementsInitial'"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_identity_set_up_runs_again_when_its_stamp_names_another_list_of_built_in_roles(string provider)
    {
        await using var store = TestStore.Create(provider);
        await using (var first = new TestHost(store))
        {
            Assert.Equal(HttpStatusCode.OK, (await first.Visitor().GetAsync("/")).StatusCode);
        }

        // As a database set up by a release that did not have the Finance role yet.
        await ExecuteAsync(store, "DELETE FROM identity_roles WHERE \"Name\" = 'Finance'; " +
            "UPDATE commerce_schema_stamps SET migration = 'roles-older' WHERE context = 'Commerce.Identity.Setup';");
        Assert.Equal(0L, await ScalarAsync(store, "SELECT COUNT(*) FROM identity_roles WHERE \"Name\" = 'Finance'"));

        await using var upgraded = new TestHost(store);
        var roles = await (await upgraded.Admin().GetAsync("/api/identity/roles")).Content.ReadAsStringAsync();
        Assert.Contains("\"Finance\"", roles);
        Assert.Equal(1L, await ScalarAsync(store, "SELECT COUNT(*) FROM identity_roles WHERE \"Name\" = 'Finance'"));
        Assert.Equal(1L, await ScalarAsync(store, "SELECT COUNT(*) FROM commerce_schema_stamps WHERE context = 'Commerce.Identity.Setup' AND migration LIKE 'roles-%' AND migration <> 'roles-older'"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Grade_deposits_stored_as_decimals_become_minor_units_of_their_currency(string provider)
    {
        await using var store = TestStore.Create(provider);
        await using (var first = new TestHost(store))
        {
            Assert.Equal(HttpStatusCode.OK, (await first.Admin().GetAsync("/api/merchants/grades")).StatusCode);
        }

        // As a database written by schema version 1 of the merchants module: the deposit a decimal, the old validation
        // having allowed two decimals whatever the currency.
        var decimalType = store.Provider == DatabaseProvider.Sqlite ? "TEXT" : "numeric(18,2)";
        await ExecuteAsync(store,
            $"ALTER TABLE merchant_grades ADD COLUMN \"DepositAmount\" {decimalType} NOT NULL DEFAULT '0'; " +
            "UPDATE merchant_grades SET \"DepositAmount\" = '50000.25' WHERE \"Id\" = 'flagship'; " +
            "UPDATE merchant_grades SET \"DepositAmount\" = '1234.50', \"DepositCurrency\" = 'JPY' WHERE \"Id\" = 'standard'; " +
            "ALTER TABLE merchant_grades DROP COLUMN \"DepositMinorUnits\"; " +
            "DELETE FROM \"__migrations_MerchantsDbContext\" WHERE \"MigrationId\" = '202612100001_MerchantGradeDepositMinorUnits'; " +
            "UPDATE commerce_schema_stamps SET migration = '202611270010_MerchantsInitial' WHERE context = 'MerchantsDbContext';");

        await using var upgraded = new TestHost(store);
        var grades = await (await upgraded.Admin().GetAsync("/api/merchants/grades")).Content.ReadAsStringAsync();
        Assert.Contains("\"deposit\":{\"amount\":1235,\"currency\":\"JPY\"}", grades);
        Assert.Contains("\"deposit\":{\"amount\":50000.25,\"currency\":\"CNY\"}", grades);
        Assert.Equal(5000025L, await ScalarAsync(store, "SELECT \"DepositMinorUnits\" FROM merchant_grades WHERE \"Id\" = 'flagship'"));
        Assert.Equal(0L, await ScalarAsync(store, store.Provider == DatabaseProvider.Sqlite
            ? "SELECT COUNT(*) FROM pragma_table_info('merchant_grades') WHERE name = 'DepositAmount'"
            : "SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = 'tenant_default' AND table_name = 'merchant_grades' AND column_name = 'DepositAmount'"));
    }

    private static async Task ExecuteAsync(TestStore store, string sql)
    {
        SqliteConnection.ClearAllPools();
        await using var connection = await OpenDefaultTenantAsync(store);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> ScalarAsync(TestStore store, string sql)
    {
        await using var connection = await OpenDefaultTenantAsync(store);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    private static async Task<System.Data.Common.DbConnection> OpenDefaultTenantAsync(TestStore store)
    {
        System.Data.Common.DbConnection connection = store.Provider == DatabaseProvider.Sqlite
            ? new SqliteConnection($"Data Source={Path.Combine(store.DataPath, "Sites", "Default", "commerce.db")}")
            : new NpgsqlConnection(new NpgsqlConnectionStringBuilder(store.ConnectionString) { SearchPath = "tenant_default" }.ToString());
        await connection.OpenAsync();
        return connection;
    }
}
