using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Commerce.Announcements.Data.Migrations;

/// <summary>Schema version 1. No store types, so SQLite and PostgreSQL share it.</summary>
[DbContext(typeof(AnnouncementsDbContext))]
[Migration("202611270001_AnnouncementsInitial")]
internal sealed class AnnouncementsInitial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "announcements",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Title = table.Column<string>(maxLength: 200, nullable: false),
                Body = table.Column<string>(maxLength: 4000, nullable: false),
                PublishedUtc = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_announcements", a => a.Id));
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("announcements");
}
