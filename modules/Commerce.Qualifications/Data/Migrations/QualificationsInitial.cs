using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Commerce.Qualifications.Data.Migrations;

/// <summary>Schema version 1. No store types, so SQLite and PostgreSQL share it; lists are JSON text.</summary>
[DbContext(typeof(QualificationsDbContext))]
[Migration("202611270101_QualificationsInitial")]
internal sealed class QualificationsInitial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "qualification_industries",
            columns: table => new
            {
                Code = table.Column<string>(maxLength: 64, nullable: false),
                ParentCode = table.Column<string>(maxLength: 64, nullable: true),
                NameZh = table.Column<string>(maxLength: 100, nullable: false),
                NameEn = table.Column<string>(maxLength: 100, nullable: false),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_qualification_industries", t => t.Code));

        migrationBuilder.CreateTable(
            name: "qualification_categories",
            columns: table => new
            {
                Code = table.Column<string>(maxLength: 64, nullable: false),
                IndustryCode = table.Column<string>(maxLength: 64, nullable: false),
                NameZh = table.Column<string>(maxLength: 100, nullable: false),
                NameEn = table.Column<string>(maxLength: 100, nullable: false),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_qualification_categories", t => t.Code));

        migrationBuilder.CreateTable(
            name: "qualification_document_types",
            columns: table => new
            {
                Code = table.Column<string>(maxLength: 64, nullable: false),
                NameZh = table.Column<string>(maxLength: 100, nullable: false),
                NameEn = table.Column<string>(maxLength: 100, nullable: false),
                RequiresNumber = table.Column<bool>(nullable: false),
                NumberFormat = table.Column<string>(nullable: false),
                NumberPattern = table.Column<string>(nullable: true),
                RequiresIssuedOn = table.Column<bool>(nullable: false),
                RequiresExpiresOn = table.Column<bool>(nullable: false),
                RequiresIssuingAuthority = table.Column<bool>(nullable: false),
                AcceptedKinds = table.Column<string>(nullable: false),
                MaxFileBytes = table.Column<long>(nullable: false),
                MaxFiles = table.Column<int>(nullable: false),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_qualification_document_types", t => t.Code));

        migrationBuilder.CreateTable(
            name: "qualification_rules",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Key = table.Column<string>(maxLength: 64, nullable: false),
                IndustryCode = table.Column<string>(maxLength: 64, nullable: true),
                Alternatives = table.Column<string>(nullable: false),
                Conditions = table.Column<string>(nullable: false),
                ShopTypes = table.Column<string>(nullable: false),
                FreshnessMonths = table.Column<int>(nullable: true),
                PerBrand = table.Column<bool>(nullable: false),
                GraceDays = table.Column<int>(nullable: false),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_qualification_rules", t => t.Id));

        migrationBuilder.CreateTable(
            name: "qualification_catalog_stamp",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false),
                Version = table.Column<long>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_qualification_catalog_stamp", t => t.Id));

        migrationBuilder.CreateTable(
            name: "qualification_profiles",
            columns: table => new
            {
                MerchantId = table.Column<Guid>(nullable: false),
                Categories = table.Column<string>(nullable: false),
                Brands = table.Column<string>(nullable: false),
                Answers = table.Column<string>(nullable: false),
                ShopType = table.Column<string>(nullable: false),
                UpdatedAt = table.Column<DateTimeOffset>(nullable: false),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_qualification_profiles", t => t.MerchantId));

        migrationBuilder.CreateTable(
            name: "qualification_documents",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                MerchantId = table.Column<Guid>(nullable: false),
                DocumentType = table.Column<string>(maxLength: 64, nullable: false),
                Brand = table.Column<string>(nullable: true),
                Number = table.Column<string>(maxLength: 64, nullable: true),
                IssuedOn = table.Column<DateOnly>(nullable: true),
                ExpiresOn = table.Column<DateOnly>(nullable: true),
                IssuingAuthority = table.Column<string>(maxLength: 200, nullable: true),
                Files = table.Column<string>(nullable: false),
                Review = table.Column<string>(nullable: false),
                RejectionReason = table.Column<string>(maxLength: 500, nullable: true),
                UploadedBy = table.Column<string>(nullable: false),
                UploadedAt = table.Column<DateTimeOffset>(nullable: false),
                ReviewedBy = table.Column<string>(nullable: true),
                ReviewedAt = table.Column<DateTimeOffset>(nullable: true),
                ImportKey = table.Column<string>(nullable: true),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_qualification_documents", t => t.Id));
        migrationBuilder.CreateIndex("IX_qualification_documents_MerchantId", "qualification_documents", "MerchantId");
        migrationBuilder.CreateIndex("IX_qualification_documents_Review", "qualification_documents", "Review");
        migrationBuilder.CreateIndex("IX_qualification_documents_MerchantId_ImportKey", "qualification_documents", ["MerchantId", "ImportKey"], unique: true);

        migrationBuilder.CreateTable(
            name: "qualification_requirement_states",
            columns: table => new
            {
                MerchantId = table.Column<Guid>(nullable: false),
                Key = table.Column<string>(nullable: false),
                State = table.Column<string>(nullable: false),
                Deadline = table.Column<DateTimeOffset>(nullable: true),
                DueSince = table.Column<DateTimeOffset>(nullable: false),
                Reason = table.Column<string>(nullable: false),
                Categories = table.Column<string>(nullable: false),
                UpdatedAt = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_qualification_requirement_states", t => new { t.MerchantId, t.Key }));

        migrationBuilder.CreateTable(
            name: "qualification_restrictions",
            columns: table => new
            {
                MerchantId = table.Column<Guid>(nullable: false),
                Categories = table.Column<string>(nullable: false),
                Reason = table.Column<string>(nullable: false),
                Since = table.Column<DateTimeOffset>(nullable: false),
                UpdatedAt = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_qualification_restrictions", t => t.MerchantId));

        migrationBuilder.CreateTable(
            name: "qualification_audit_log",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                MerchantId = table.Column<Guid>(nullable: false),
                DocumentId = table.Column<Guid>(nullable: true),
                Action = table.Column<string>(nullable: false),
                UserId = table.Column<string>(nullable: false),
                At = table.Column<DateTimeOffset>(nullable: false),
                Detail = table.Column<string>(maxLength: 1000, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_qualification_audit_log", t => t.Id));
        migrationBuilder.CreateIndex("IX_qualification_audit_log_MerchantId", "qualification_audit_log", "MerchantId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[]
        {
            "qualification_audit_log", "qualification_restrictions", "qualification_requirement_states", "qualification_documents",
            "qualification_profiles", "qualification_catalog_stamp", "qualification_rules", "qualification_document_types",
            "qualification_categories", "qualification_industries",
        })
        {
            migrationBuilder.DropTable(table);
        }
    }
}
