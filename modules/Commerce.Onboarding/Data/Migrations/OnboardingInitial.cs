using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Commerce.Onboarding.Data.Migrations;

/// <summary>Schema version 1. No store types, so SQLite and PostgreSQL share it.</summary>
[DbContext(typeof(OnboardingDbContext))]
[Migration("202611270101_OnboardingInitial")]
internal sealed class OnboardingInitial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "onboarding_applications",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ApplicantUserId = table.Column<string>(maxLength: 100, nullable: false),
                Mode = table.Column<string>(maxLength: 20, nullable: false),
                Status = table.Column<string>(maxLength: 20, nullable: false),
                ChangeRounds = table.Column<int>(nullable: false),
                Version = table.Column<int>(nullable: false),
                CreatedUtc = table.Column<DateTimeOffset>(nullable: false),
                UpdatedUtc = table.Column<DateTimeOffset>(nullable: false),
                SubmittedUtc = table.Column<long>(nullable: true),
                DecidedUtc = table.Column<DateTimeOffset>(nullable: true),
                InvitationId = table.Column<Guid>(nullable: true),
                GradeId = table.Column<string>(maxLength: 100, nullable: true),
                MerchantId = table.Column<Guid>(nullable: true),
                DecisionReason = table.Column<string>(maxLength: 1000, nullable: true),
                DisplayName = table.Column<string>(maxLength: 200, nullable: true),
                Industry = table.Column<string>(maxLength: 100, nullable: true),
                Region = table.Column<string>(maxLength: 100, nullable: true),
                Content = table.Column<string>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_onboarding_applications", a => a.Id));
        migrationBuilder.CreateIndex("IX_onboarding_applications_ApplicantUserId", "onboarding_applications", "ApplicantUserId");
        migrationBuilder.CreateIndex("IX_onboarding_applications_Status_SubmittedUtc", "onboarding_applications", ["Status", "SubmittedUtc"]);

        migrationBuilder.CreateTable(
            name: "onboarding_transitions",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ApplicationId = table.Column<Guid>(nullable: false),
                Sequence = table.Column<long>(nullable: false),
                Action = table.Column<string>(maxLength: 20, nullable: false),
                FromStatus = table.Column<string>(maxLength: 20, nullable: false),
                ToStatus = table.Column<string>(maxLength: 20, nullable: false),
                ByUserId = table.Column<string>(maxLength: 100, nullable: false),
                AtUtc = table.Column<DateTimeOffset>(nullable: false),
                Reason = table.Column<string>(maxLength: 1000, nullable: true),
                RelayedUtc = table.Column<DateTimeOffset>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_onboarding_transitions", t => t.Id));
        migrationBuilder.CreateIndex("IX_onboarding_transitions_ApplicationId", "onboarding_transitions", "ApplicationId");
        migrationBuilder.CreateIndex("IX_onboarding_transitions_RelayedUtc", "onboarding_transitions", "RelayedUtc");

        migrationBuilder.CreateTable(
            name: "onboarding_settings",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false),
                Mode = table.Column<string>(maxLength: 20, nullable: false),
                MaxChangeRounds = table.Column<int>(nullable: false),
                AutoApproveIndividuals = table.Column<bool>(nullable: false),
                Steps = table.Column<string>(nullable: false),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_onboarding_settings", s => s.Id));

        migrationBuilder.CreateTable(
            name: "onboarding_invitations",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TokenHash = table.Column<string>(maxLength: 64, nullable: false),
                CompanyName = table.Column<string>(maxLength: 200, nullable: false),
                Email = table.Column<string>(maxLength: 256, nullable: true),
                CreatedByUserId = table.Column<string>(maxLength: 100, nullable: false),
                CreatedUtc = table.Column<DateTimeOffset>(nullable: false),
                ExpiresUtc = table.Column<DateTimeOffset>(nullable: false),
                ApplicationId = table.Column<Guid>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_onboarding_invitations", i => i.Id));
        migrationBuilder.CreateIndex("IX_onboarding_invitations_TokenHash", "onboarding_invitations", "TokenHash", unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("onboarding_invitations");
        migrationBuilder.DropTable("onboarding_settings");
        migrationBuilder.DropTable("onboarding_transitions");
        migrationBuilder.DropTable("onboarding_applications");
    }
}
