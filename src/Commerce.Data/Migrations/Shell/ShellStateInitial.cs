using Commerce.Data.Shell;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Commerce.Data.Migrations.Shell;

/// <summary>The tenant's feature set and settings. Written without store types so SQLite and PostgreSQL share it.</summary>
[DbContext(typeof(ShellStateDbContext))]
[Migration("202611270001_ShellStateInitial")]
public sealed class ShellStateInitial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "commerce_shell_features",
            columns: table => new
            {
                FeatureId = table.Column<string>(maxLength: 128, nullable: false),
                Hidden = table.Column<bool>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_commerce_shell_features", t => t.FeatureId));

        migrationBuilder.CreateTable(
            name: "commerce_shell_state",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false),
                Version = table.Column<long>(nullable: false),
                UpdatedUtc = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_commerce_shell_state", t => t.Id));

        migrationBuilder.CreateTable(
            name: "commerce_tenant_settings",
            columns: table => new
            {
                Key = table.Column<string>(maxLength: 128, nullable: false),
                Value = table.Column<string>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_commerce_tenant_settings", t => t.Key));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("commerce_tenant_settings");
        migrationBuilder.DropTable("commerce_shell_state");
        migrationBuilder.DropTable("commerce_shell_features");
    }
}
