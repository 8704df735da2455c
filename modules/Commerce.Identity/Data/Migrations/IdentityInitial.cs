using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Migrations.Operations.Builders;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Commerce.Identity.Data.Migrations;

/// <summary>
/// Schema version 1: ASP.NET Core Identity's tables (schema version 1), grants, access tokens and Data
/// Protection keys. No store types, so SQLite and PostgreSQL share it; the two annotations on generated keys
/// are each read by one provider and ignored by the other.
/// </summary>
[DbContext(typeof(IdentityDataContext))]
[Migration("202612010001_IdentityInitial")]
internal sealed class IdentityInitial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "identity_users",
            columns: table => new
            {
                Id = table.Column<string>(nullable: false),
                UserName = table.Column<string>(maxLength: 256, nullable: true),
                NormalizedUserName = table.Column<string>(maxLength: 256, nullable: true),
                Email = table.Column<string>(maxLength: 256, nullable: true),
                NormalizedEmail = table.Column<string>(maxLength: 256, nullable: true),
                EmailConfirmed = table.Column<bool>(nullable: false),
                PasswordHash = table.Column<string>(nullable: true),
                SecurityStamp = table.Column<string>(nullable: true),
                ConcurrencyStamp = table.Column<string>(nullable: true),
                PhoneNumber = table.Column<string>(nullable: true),
                PhoneNumberConfirmed = table.Column<bool>(nullable: false),
                TwoFactorEnabled = table.Column<bool>(nullable: false),
                LockoutEnd = table.Column<DateTimeOffset>(nullable: true),
                LockoutEnabled = table.Column<bool>(nullable: false),
                AccessFailedCount = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_identity_users", x => x.Id));

        migrationBuilder.CreateTable(
            name: "identity_roles",
            columns: table => new
            {
                Id = table.Column<string>(nullable: false),
                Name = table.Column<string>(maxLength: 256, nullable: true),
                NormalizedName = table.Column<string>(maxLength: 256, nullable: true),
                ConcurrencyStamp = table.Column<string>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_identity_roles", x => x.Id));

        migrationBuilder.CreateTable(
            name: "identity_role_claims",
            columns: table => new
            {
                Id = Generated(table.Column<int>(nullable: false)),
                RoleId = table.Column<string>(nullable: false),
                ClaimType = table.Column<string>(nullable: true),
                ClaimValue = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_identity_role_claims", x => x.Id);
                table.ForeignKey("FK_identity_role_claims_identity_roles_RoleId", x => x.RoleId, "identity_roles", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "identity_user_claims",
            columns: table => new
            {
                Id = Generated(table.Column<int>(nullable: false)),
                UserId = table.Column<string>(nullable: false),
                ClaimType = table.Column<string>(nullable: true),
                ClaimValue = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_identity_user_claims", x => x.Id);
                table.ForeignKey("FK_identity_user_claims_identity_users_UserId", x => x.UserId, "identity_users", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "identity_user_logins",
            columns: table => new
            {
                LoginProvider = table.Column<string>(nullable: false),
                ProviderKey = table.Column<string>(nullable: false),
                ProviderDisplayName = table.Column<string>(nullable: true),
                UserId = table.Column<string>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_identity_user_logins", x => new { x.LoginProvider, x.ProviderKey });
                table.ForeignKey("FK_identity_user_logins_identity_users_UserId", x => x.UserId, "identity_users", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "identity_user_roles",
            columns: table => new
            {
                UserId = table.Column<string>(nullable: false),
                RoleId = table.Column<string>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_identity_user_roles", x => new { x.UserId, x.RoleId });
                table.ForeignKey("FK_identity_user_roles_identity_roles_RoleId", x => x.RoleId, "identity_roles", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_identity_user_roles_identity_users_UserId", x => x.UserId, "identity_users", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "identity_user_tokens",
            columns: table => new
            {
                UserId = table.Column<string>(nullable: false),
                LoginProvider = table.Column<string>(nullable: false),
                Name = table.Column<string>(nullable: false),
                Value = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_identity_user_tokens", x => new { x.UserId, x.LoginProvider, x.Name });
                table.ForeignKey("FK_identity_user_tokens_identity_users_UserId", x => x.UserId, "identity_users", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "identity_access_tokens",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                UserId = table.Column<string>(maxLength: 450, nullable: false),
                Name = table.Column<string>(maxLength: 100, nullable: false),
                TokenHash = table.Column<string>(maxLength: 64, nullable: false),
                Prefix = table.Column<string>(maxLength: 16, nullable: false),
                CreatedUtc = table.Column<DateTimeOffset>(nullable: false),
                ExpiresUtc = table.Column<DateTimeOffset>(nullable: false),
                RevokedUtc = table.Column<DateTimeOffset>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_identity_access_tokens", x => x.Id));

        migrationBuilder.CreateTable(
            name: "identity_role_permissions",
            columns: table => new
            {
                Role = table.Column<string>(maxLength: 256, nullable: false),
                Permission = table.Column<string>(maxLength: 128, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_identity_role_permissions", x => new { x.Role, x.Permission }));

        migrationBuilder.CreateTable(
            name: "identity_permission_defaults",
            columns: table => new
            {
                Permission = table.Column<string>(maxLength: 128, nullable: false),
                AppliedUtc = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_identity_permission_defaults", x => x.Permission));

        migrationBuilder.CreateTable(
            name: "data_protection_keys",
            columns: table => new
            {
                Id = Generated(table.Column<int>(nullable: false)),
                FriendlyName = table.Column<string>(nullable: true),
                Xml = table.Column<string>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_data_protection_keys", x => x.Id));

        migrationBuilder.CreateIndex("UserNameIndex", "identity_users", "NormalizedUserName", unique: true);
        migrationBuilder.CreateIndex("EmailIndex", "identity_users", "NormalizedEmail");
        migrationBuilder.CreateIndex("RoleNameIndex", "identity_roles", "NormalizedName", unique: true);
        migrationBuilder.CreateIndex("IX_identity_role_claims_RoleId", "identity_role_claims", "RoleId");
        migrationBuilder.CreateIndex("IX_identity_user_claims_UserId", "identity_user_claims", "UserId");
        migrationBuilder.CreateIndex("IX_identity_user_logins_UserId", "identity_user_logins", "UserId");
        migrationBuilder.CreateIndex("IX_identity_user_roles_RoleId", "identity_user_roles", "RoleId");
        migrationBuilder.CreateIndex("IX_identity_access_tokens_TokenHash", "identity_access_tokens", "TokenHash", unique: true);
        migrationBuilder.CreateIndex("IX_identity_access_tokens_UserId", "identity_access_tokens", "UserId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[]
                 {
                     "data_protection_keys", "identity_permission_defaults", "identity_role_permissions", "identity_access_tokens",
                     "identity_user_tokens", "identity_user_roles", "identity_user_logins", "identity_user_claims", "identity_role_claims",
                     "identity_roles", "identity_users",
                 })
        {
            migrationBuilder.DropTable(table);
        }
    }

    /// <summary>A database-generated integer key on either provider.</summary>
    private static OperationBuilder<AddColumnOperation> Generated(OperationBuilder<AddColumnOperation> column) => column
        .Annotation("Sqlite:Autoincrement", true)
        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
}
