using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Commerce.Architecture.Tests.BadModule.Data.Migrations;

/// <summary>The complaints table as it was first written: the text optional, no index on the merchant.</summary>
[DbContext(typeof(ComplaintsDbContext))]
[Migration("202612070001_ComplaintsInitial")]
internal sealed class ComplaintsInitial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "complaints",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                MerchantId = table.Column<Guid>(nullable: false),
                Text = table.Column<string>(maxLength: 500, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_complaints", c => c.Id));
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("complaints");
}
