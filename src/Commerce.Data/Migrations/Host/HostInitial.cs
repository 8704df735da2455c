using Commerce.Data.Host;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Commerce.Data.Migrations.Host;

/// <summary>The tenant registry. Written without store types so SQLite and PostgreSQL share it.</summary>
[DbContext(typeof(HostDbContext))]
[Migration("202611270001_HostInitial")]
public sealed class HostInitial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "commerce_tenants",
            columns: table => new
            {
                Name = table.Column<string>(maxLength: 64, nullable: false),
                State = table.Column<string>(maxLength: 32, nullable: false),
                RequestUrlPrefix = table.Column<string>(maxLength: 64, nullable: true),
                RequestUrlHost = table.Column<string>(maxLength: 255, nullable: true),
                DatabaseProvider = table.Column<string>(maxLength: 32, nullable: true),
                ConnectionString = table.Column<string>(nullable: true),
                Schema = table.Column<string>(maxLength: 63, nullable: true),
                RecipeName = table.Column<string>(maxLength: 128, nullable: true),
                Stamp = table.Column<long>(nullable: false),
                CreatedUtc = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_commerce_tenants", t => t.Name));
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("commerce_tenants");
}
