using Commerce.Data.Shell;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Commerce.Data.Migrations.Shell;

/// <summary>
/// Schema version 3: the tenant's event stream (the modules' transactional outbox), its consumers' cursors and the
/// events they parked.
/// </summary>
/// <remarks>
/// The stream's sequence must become visible in its own order, or a reader could pass a number whose transaction
/// commits later and never see that event. SQLite has one writer at a time, so its autoincrement key already does.
/// On PostgreSQL, sequence numbers are taken in one order and committed in another; a trigger therefore takes a
/// transaction-scoped advisory lock (per schema) before it numbers the row, which holds the next event-writing
/// transaction until this one has committed. Writes that stage no event never take the lock.
/// </remarks>
[DbContext(typeof(ShellStateDbContext))]
[Migration("202612070001_ShellStateEvents")]
public sealed class ShellStateEvents : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var postgres = migrationBuilder.ActiveProvider?.Contains("Npgsql", StringComparison.Ordinal) == true;
        migrationBuilder.CreateTable(
            name: "commerce_events",
            columns: table => new
            {
                Sequence = table.Column<long>(nullable: false).Annotation("Sqlite:Autoincrement", true),
                Type = table.Column<string>(maxLength: 200, nullable: false),
                Payload = table.Column<string>(nullable: false),
                OccurredUtc = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_commerce_events", t => t.Sequence));

        migrationBuilder.CreateTable(
            name: "commerce_event_consumers",
            columns: table => new
            {
                Name = table.Column<string>(maxLength: 128, nullable: false),
                Node = table.Column<string>(maxLength: 128, nullable: false),
                Position = table.Column<long>(nullable: false),
                LeaseOwner = table.Column<string>(maxLength: 128, nullable: true),
                LeaseUntilUtc = table.Column<DateTimeOffset>(nullable: true),
                Attempts = table.Column<int>(nullable: false),
                LastError = table.Column<string>(maxLength: 4000, nullable: true),
                UpdatedUtc = table.Column<DateTimeOffset>(nullable: false),
                Version = table.Column<long>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_commerce_event_consumers", t => new { t.Name, t.Node }));

        migrationBuilder.CreateTable(
            name: "commerce_event_parked",
            columns: table => new
            {
                Consumer = table.Column<string>(maxLength: 128, nullable: false),
                Node = table.Column<string>(maxLength: 128, nullable: false),
                Sequence = table.Column<long>(nullable: false),
                Type = table.Column<string>(maxLength: 200, nullable: false),
                Attempts = table.Column<int>(nullable: false),
                Error = table.Column<string>(maxLength: 4000, nullable: false),
                ParkedUtc = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_commerce_event_parked", t => new { t.Consumer, t.Node, t.Sequence }));

        if (postgres)
        {
            migrationBuilder.Sql("""
                CREATE SEQUENCE commerce_events_sequence;
                CREATE FUNCTION commerce_events_number() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM pg_advisory_xact_lock(hashtext(TG_TABLE_SCHEMA || '.commerce_events'));
                    NEW."Sequence" := nextval(format('%I.commerce_events_sequence', TG_TABLE_SCHEMA));
                    RETURN NEW;
                END $$;
                CREATE TRIGGER commerce_events_number BEFORE INSERT ON commerce_events
                    FOR EACH ROW EXECUTE FUNCTION commerce_events_number();
                """);
        }
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("commerce_event_parked");
        migrationBuilder.DropTable("commerce_event_consumers");
        migrationBuilder.DropTable("commerce_events");
        if (migrationBuilder.ActiveProvider?.Contains("Npgsql", StringComparison.Ordinal) == true)
        {
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS commerce_events_number(); DROP SEQUENCE IF EXISTS commerce_events_sequence;");
        }
    }
}
