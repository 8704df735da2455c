using Commerce.Data.Host;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Commerce.Data.Migrations.Host;

/// <summary>Schema version 2: each tenant's next job due time, so the job host finds due tenants without their shells.</summary>
[DbContext(typeof(HostDbContext))]
[Migration("202612070002_HostTenantJobsDue")]
public sealed class HostTenantJobsDue : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
        => migrationBuilder.AddColumn<long>(name: "NextJobDueTicks", table: "commerce_tenants", nullable: true);

    protected override void Down(MigrationBuilder migrationBuilder)
        => migrationBuilder.DropColumn(name: "NextJobDueTicks", table: "commerce_tenants");
}
