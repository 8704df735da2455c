using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Commerce.Merchants.Data.Migrations;

/// <summary>Schema version 1. No store types, so SQLite and PostgreSQL share it.</summary>
[DbContext(typeof(MerchantsDbContext))]
[Migration("202611270010_MerchantsInitial")]
internal sealed class MerchantsInitial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "merchant_grades",
            columns: table => new
            {
                Id = table.Column<string>(maxLength: 64, nullable: false),
                Name = table.Column<string>(maxLength: 100, nullable: false),
                IsDefault = table.Column<bool>(nullable: false),
                MaxCategories = table.Column<int>(nullable: false),
                MaxStaff = table.Column<int>(nullable: false),
                MaxProducts = table.Column<int>(nullable: false),
                Permissions = table.Column<string>(maxLength: 4000, nullable: false),
                DepositAmount = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                DepositCurrency = table.Column<string>(maxLength: 3, nullable: false),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_merchant_grades", g => g.Id));

        migrationBuilder.CreateTable(
            name: "merchants",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ApplicationId = table.Column<Guid>(nullable: true),
                OwnerUserId = table.Column<string>(maxLength: 450, nullable: false),
                LegalName = table.Column<string>(maxLength: 200, nullable: false),
                CreditCode = table.Column<string>(maxLength: 18, nullable: false),
                LegalRepresentative = table.Column<string>(maxLength: 200, nullable: false),
                RegisteredAddress = table.Column<string>(maxLength: 500, nullable: false),
                Region = table.Column<string>(maxLength: 64, nullable: false),
                BankAccountName = table.Column<string>(maxLength: 200, nullable: true),
                BankName = table.Column<string>(maxLength: 200, nullable: true),
                BankAccountNumber = table.Column<string>(maxLength: 34, nullable: true),
                ShopName = table.Column<string>(maxLength: 200, nullable: false),
                ShopType = table.Column<string>(maxLength: 16, nullable: false),
                Description = table.Column<string>(maxLength: 4000, nullable: true),
                LogoSha256 = table.Column<string>(maxLength: 64, nullable: true),
                Categories = table.Column<string>(maxLength: 4000, nullable: false),
                Brands = table.Column<string>(maxLength: 4000, nullable: false),
                GradeId = table.Column<string>(maxLength: 64, nullable: false),
                Status = table.Column<string>(maxLength: 16, nullable: false),
                StatusReason = table.Column<string>(maxLength: 1000, nullable: false),
                Version = table.Column<int>(nullable: false),
                HistoryCount = table.Column<int>(nullable: false),
                CreatedUtc = table.Column<DateTimeOffset>(nullable: false),
                UpdatedUtc = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_merchants", m => m.Id));
        migrationBuilder.CreateIndex("IX_merchants_ApplicationId", "merchants", "ApplicationId", unique: true);
        migrationBuilder.CreateIndex("IX_merchants_CreditCode", "merchants", "CreditCode");
        migrationBuilder.CreateIndex("IX_merchants_Status", "merchants", "Status");

        migrationBuilder.CreateTable(
            name: "merchant_restrictions",
            columns: table => new
            {
                MerchantId = table.Column<Guid>(nullable: false),
                Category = table.Column<string>(maxLength: 64, nullable: false),
                Source = table.Column<string>(maxLength: 32, nullable: false),
                Reason = table.Column<string>(maxLength: 1000, nullable: false),
                SinceUtc = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_merchant_restrictions", r => new { r.MerchantId, r.Category, r.Source });
                table.ForeignKey("FK_merchant_restrictions_merchants_MerchantId", r => r.MerchantId, "merchants", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "merchant_history",
            columns: table => new
            {
                MerchantId = table.Column<Guid>(nullable: false),
                Sequence = table.Column<int>(nullable: false),
                Kind = table.Column<string>(maxLength: 32, nullable: false),
                FromStatus = table.Column<string>(maxLength: 16, nullable: false),
                ToStatus = table.Column<string>(maxLength: 16, nullable: false),
                RestrictedCategories = table.Column<string>(maxLength: 4000, nullable: false),
                Detail = table.Column<string>(maxLength: 500, nullable: true),
                Reason = table.Column<string>(maxLength: 1000, nullable: false),
                ActorUserId = table.Column<string>(maxLength: 450, nullable: true),
                AtUtc = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_merchant_history", h => new { h.MerchantId, h.Sequence });
                table.ForeignKey("FK_merchant_history_merchants_MerchantId", h => h.MerchantId, "merchants", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "merchant_members",
            columns: table => new
            {
                MerchantId = table.Column<Guid>(nullable: false),
                UserId = table.Column<string>(maxLength: 450, nullable: false),
                IsOwner = table.Column<bool>(nullable: false),
                Permissions = table.Column<string>(maxLength: 4000, nullable: false),
                JoinedUtc = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_merchant_members", m => new { m.MerchantId, m.UserId }));
        migrationBuilder.CreateIndex("IX_merchant_members_UserId", "merchant_members", "UserId");

        migrationBuilder.CreateTable(
            name: "merchant_invitations",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                MerchantId = table.Column<Guid>(nullable: false),
                Email = table.Column<string>(maxLength: 256, nullable: false),
                Permissions = table.Column<string>(maxLength: 4000, nullable: false),
                TokenHash = table.Column<string>(maxLength: 64, nullable: false),
                InvitedByUserId = table.Column<string>(maxLength: 450, nullable: false),
                CreatedUtc = table.Column<DateTimeOffset>(nullable: false),
                ExpiresUtc = table.Column<DateTimeOffset>(nullable: false),
                AcceptedByUserId = table.Column<string>(maxLength: 450, nullable: true),
                AcceptedUtc = table.Column<DateTimeOffset>(nullable: true),
                RevokedUtc = table.Column<DateTimeOffset>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_merchant_invitations", i => i.Id));
        migrationBuilder.CreateIndex("IX_merchant_invitations_TokenHash", "merchant_invitations", "TokenHash", unique: true);
        migrationBuilder.CreateIndex("IX_merchant_invitations_MerchantId", "merchant_invitations", "MerchantId");

        migrationBuilder.CreateTable(
            name: "merchant_change_requests",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                MerchantId = table.Column<Guid>(nullable: false),
                LegalName = table.Column<string>(maxLength: 200, nullable: true),
                CreditCode = table.Column<string>(maxLength: 18, nullable: true),
                BankAccountName = table.Column<string>(maxLength: 200, nullable: true),
                BankName = table.Column<string>(maxLength: 200, nullable: true),
                BankAccountNumber = table.Column<string>(maxLength: 34, nullable: true),
                Status = table.Column<string>(maxLength: 16, nullable: false),
                RequestedByUserId = table.Column<string>(maxLength: 450, nullable: false),
                RequestedUtc = table.Column<DateTimeOffset>(nullable: false),
                ReviewedByUserId = table.Column<string>(maxLength: 450, nullable: true),
                ReviewedUtc = table.Column<DateTimeOffset>(nullable: true),
                ReviewNote = table.Column<string>(maxLength: 1000, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_merchant_change_requests", r => r.Id));
        migrationBuilder.CreateIndex("IX_merchant_change_requests_MerchantId_Status", "merchant_change_requests", ["MerchantId", "Status"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("merchant_change_requests");
        migrationBuilder.DropTable("merchant_invitations");
        migrationBuilder.DropTable("merchant_members");
        migrationBuilder.DropTable("merchant_history");
        migrationBuilder.DropTable("merchant_restrictions");
        migrationBuilder.DropTable("merchants");
        migrationBuilder.DropTable("merchant_grades");
    }
}
