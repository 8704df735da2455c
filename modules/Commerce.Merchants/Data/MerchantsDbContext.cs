using System.Text.Json;
using Commerce.Events;
using Commerce.Data;
using Commerce.Merchants.Domain;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Merchants.Data;

/// <summary>The merchants registry's tables. Lists of codes are stored as JSON text (<see cref="JsonColumn"/>), the same on both providers.</summary>
internal sealed class MerchantsDbContext(DbContextOptions<MerchantsDbContext> options) : DbContext(options)
{
    public DbSet<Merchant> Merchants => Set<Merchant>();

    public DbSet<MerchantRestriction> Restrictions => Set<MerchantRestriction>();

    public DbSet<MerchantHistoryEntry> History => Set<MerchantHistoryEntry>();

    public DbSet<MerchantGrade> Grades => Set<MerchantGrade>();

    public DbSet<MerchantMember> Members => Set<MerchantMember>();

    public DbSet<StaffInvitation> Invitations => Set<StaffInvitation>();

    public DbSet<CompanyChangeRequest> ChangeRequests => Set<CompanyChangeRequest>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.MapEventOutbox();
        modelBuilder.Entity<Merchant>(merchant =>
        {
            merchant.ToTable("merchants");
            merchant.HasKey(m => m.Id);
            merchant.HasIndex(m => m.ApplicationId).IsUnique();
            merchant.HasIndex(m => m.CreditCode);
            merchant.HasIndex(m => m.Status);
            merchant.Property(m => m.OwnerUserId).HasMaxLength(450);
            merchant.Property(m => m.LegalName).HasMaxLength(MerchantValidation.NameMaxLength);
            merchant.Property(m => m.CreditCode).HasMaxLength(UnifiedSocialCreditCode.Length);
            merchant.Property(m => m.LegalRepresentative).HasMaxLength(MerchantValidation.NameMaxLength);
            merchant.Property(m => m.RegisteredAddress).HasMaxLength(MerchantValidation.AddressMaxLength);
            merchant.Property(m => m.Region).HasMaxLength(MerchantValidation.CodeMaxLength);
            merchant.Property(m => m.BankAccountName).HasMaxLength(MerchantValidation.NameMaxLength);
            merchant.Property(m => m.BankName).HasMaxLength(MerchantValidation.NameMaxLength);
            merchant.Property(m => m.BankAccountNumber).HasMaxLength(34);
            merchant.Property(m => m.ShopName).HasMaxLength(MerchantValidation.NameMaxLength);
            merchant.Property(m => m.ShopType).HasConversion<string>().HasMaxLength(16);
            merchant.Property(m => m.Description).HasMaxLength(MerchantValidation.DescriptionMaxLength);
            merchant.Property(m => m.LogoSha256).HasMaxLength(64);
            merchant.Property(m => m.Categories).AsJson().HasMaxLength(4000);
            merchant.Property(m => m.Brands).AsJson().HasMaxLength(4000);
            merchant.Property(m => m.GradeId).HasMaxLength(MerchantGrade.IdMaxLength);
            merchant.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);
            merchant.Property(m => m.StatusReason).HasMaxLength(1000);
            merchant.Property(m => m.Version).IsConcurrencyToken();
            merchant.Ignore(m => m.Bank);
            merchant.Ignore(m => m.Company);
            merchant.Ignore(m => m.RestrictedCategories);
            merchant.HasMany(m => m.Restrictions).WithOne().HasForeignKey(r => r.MerchantId);
            merchant.HasMany(m => m.History).WithOne().HasForeignKey(h => h.MerchantId);
        });

        modelBuilder.Entity<MerchantRestriction>(restriction =>
        {
            restriction.ToTable("merchant_restrictions");
            restriction.HasKey(r => new { r.MerchantId, r.Category, r.Source });
            restriction.Property(r => r.Category).HasMaxLength(MerchantValidation.CodeMaxLength);
            restriction.Property(r => r.Source).HasMaxLength(32);
            restriction.Property(r => r.Reason).HasMaxLength(1000);
        });

        modelBuilder.Entity<MerchantHistoryEntry>(entry =>
        {
            entry.ToTable("merchant_history");
            entry.HasKey(h => new { h.MerchantId, h.Sequence });
            entry.Property(h => h.Kind).HasMaxLength(32);
            entry.Property(h => h.FromStatus).HasConversion<string>().HasMaxLength(16);
            entry.Property(h => h.ToStatus).HasConversion<string>().HasMaxLength(16);
            entry.Property(h => h.RestrictedCategories).AsJson().HasMaxLength(4000);
            entry.Property(h => h.Detail).HasMaxLength(500);
            entry.Property(h => h.Reason).HasMaxLength(1000);
            entry.Property(h => h.ActorUserId).HasMaxLength(450);
        });

        modelBuilder.Entity<MerchantGrade>(grade =>
        {
            grade.ToTable("merchant_grades");
            grade.HasKey(g => g.Id);
            grade.Property(g => g.Id).HasMaxLength(MerchantGrade.IdMaxLength);
            grade.Property(g => g.Name).HasMaxLength(MerchantGrade.NameMaxLength);
            grade.Property(g => g.Permissions).AsJson().HasMaxLength(4000);
            grade.ComplexProperty(g => g.Deposit).StoredAsMinorUnits("DepositMinorUnits", "DepositCurrency");
            grade.Property(g => g.Version).IsConcurrencyToken();
        });

        modelBuilder.Entity<MerchantMember>(member =>
        {
            member.ToTable("merchant_members");
            member.HasKey(m => new { m.MerchantId, m.UserId });
            member.HasIndex(m => m.UserId);
            member.Property(m => m.UserId).HasMaxLength(450);
            member.Property(m => m.Permissions).AsJson().HasMaxLength(4000);
        });

        modelBuilder.Entity<StaffInvitation>(invitation =>
        {
            invitation.ToTable("merchant_invitations");
            invitation.HasKey(i => i.Id);
            invitation.HasIndex(i => i.TokenHash).IsUnique();
            invitation.HasIndex(i => i.MerchantId);
            invitation.Property(i => i.Email).HasMaxLength(256);
            invitation.Property(i => i.Permissions).AsJson().HasMaxLength(4000);
            invitation.Property(i => i.TokenHash).HasMaxLength(64);
            invitation.Property(i => i.InvitedByUserId).HasMaxLength(450);
            invitation.Property(i => i.AcceptedByUserId).HasMaxLength(450);
        });

        modelBuilder.Entity<CompanyChangeRequest>(request =>
        {
            request.ToTable("merchant_change_requests");
            request.HasKey(r => r.Id);
            request.HasIndex(r => new { r.MerchantId, r.Status });
            request.Property(r => r.LegalName).HasMaxLength(MerchantValidation.NameMaxLength);
            request.Property(r => r.CreditCode).HasMaxLength(UnifiedSocialCreditCode.Length);
            request.Property(r => r.BankAccountName).HasMaxLength(MerchantValidation.NameMaxLength);
            request.Property(r => r.BankName).HasMaxLength(MerchantValidation.NameMaxLength);
            request.Property(r => r.BankAccountNumber).HasMaxLength(34);
            request.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
            request.Property(r => r.RequestedByUserId).HasMaxLength(450);
            request.Property(r => r.ReviewedByUserId).HasMaxLength(450);
            request.Property(r => r.ReviewNote).HasMaxLength(1000);
            request.Ignore(r => r.Summary);
            request.Ignore(r => r.ChangesBank);
        });
    }
}
