using Commerce.Data.Shell;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Commerce.Data.Migrations.Shell;

/// <summary>Schema version 2: background job leases.</summary>
[DbContext(typeof(ShellStateDbContext))]
[Migration("202611280001_ShellStateJobRuns")]
public sealed class ShellStateJobRuns : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "commerce_job_runs",
            columns: table => new
            {
                Name = table.Column<string>(maxLength: 128, nullable: false),
                LastRunUtc = table.Column<DateTimeOffset>(nullable: true),
                LeaseOwner = table.Column<string>(maxLength: 128, nullable: true),
                LeaseUntilUtc = table.Column<DateTimeOffset>(nullable: true),
                Version = table.Column<long>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_commerce_job_runs", t => t.Name));
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("commerce_job_runs");
}
