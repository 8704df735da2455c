using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Commerce.Notifications.Data.Migrations;

/// <summary>Schema version 1. No store types, so SQLite and PostgreSQL share it.</summary>
[DbContext(typeof(NotificationsDbContext))]
[Migration("202611280001_NotificationsInitial")]
internal sealed class NotificationsInitial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "notifications",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Key = table.Column<string>(maxLength: 200, nullable: false),
                UserId = table.Column<string>(maxLength: 450, nullable: false),
                Subject = table.Column<string>(maxLength: 300, nullable: false),
                Body = table.Column<string>(maxLength: 8000, nullable: false),
                Link = table.Column<string>(maxLength: 500, nullable: true),
                Source = table.Column<string>(maxLength: 128, nullable: false),
                CreatedUtc = table.Column<DateTimeOffset>(nullable: false),
                ReadUtc = table.Column<DateTimeOffset>(nullable: true),
                Email = table.Column<int>(nullable: false),
                EmailAttempts = table.Column<int>(nullable: false),
                EmailClaimedUntilUtc = table.Column<DateTimeOffset>(nullable: true),
                EmailSentUtc = table.Column<DateTimeOffset>(nullable: true),
                EmailError = table.Column<string>(maxLength: 1000, nullable: true),
                Version = table.Column<long>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_notifications", n => n.Id));
        migrationBuilder.CreateIndex("IX_notifications_Key", "notifications", "Key", unique: true);
        migrationBuilder.CreateIndex("IX_notifications_UserId", "notifications", "UserId");
        migrationBuilder.CreateIndex("IX_notifications_Email", "notifications", "Email");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("notifications");
}
