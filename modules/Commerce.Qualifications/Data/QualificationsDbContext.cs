using Commerce.Events;
using Commerce.Data;
using Commerce.Qualifications.Domain;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Qualifications.Data;

internal sealed class QualificationsDbContext(DbContextOptions<QualificationsDbContext> options) : DbContext(options)
{
    public DbSet<Industry> Industries => Set<Industry>();

    public DbSet<ProductCategory> Categories => Set<ProductCategory>();

    public DbSet<DocumentType> DocumentTypes => Set<DocumentType>();

    public DbSet<RequirementRule> Rules => Set<RequirementRule>();

    public DbSet<CatalogStamp> CatalogStamps => Set<CatalogStamp>();

    public DbSet<MerchantProfile> Profiles => Set<MerchantProfile>();

    public DbSet<MerchantDocument> Documents => Set<MerchantDocument>();

    public DbSet<RequirementStatus> RequirementStatuses => Set<RequirementStatus>();

    public DbSet<MerchantRestriction> Restrictions => Set<MerchantRestriction>();

    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();

    /// <remarks>
    /// The lengths repeat what <c>QualificationsInitial</c> created (varchar on PostgreSQL) and the domain checks; the
    /// architecture tests compare this model with the schema the migrations build.
    /// </remarks>
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.MapEventOutbox();
        modelBuilder.Entity<Industry>(industry =>
        {
            industry.ToTable("qualification_industries");
            industry.HasKey(i => i.Code);
            industry.Property(i => i.Code).HasMaxLength(Industry.CodeMaxLength);
            industry.Property(i => i.ParentCode).HasMaxLength(Industry.CodeMaxLength);
            industry.Property(i => i.NameZh).HasMaxLength(Industry.NameMaxLength);
            industry.Property(i => i.NameEn).HasMaxLength(Industry.NameMaxLength);
            industry.Property(i => i.Version).IsConcurrencyToken();
        });
        modelBuilder.Entity<ProductCategory>(category =>
        {
            category.ToTable("qualification_categories");
            category.HasKey(c => c.Code);
            category.Property(c => c.Code).HasMaxLength(Industry.CodeMaxLength);
            category.Property(c => c.IndustryCode).HasMaxLength(Industry.CodeMaxLength);
            category.Property(c => c.NameZh).HasMaxLength(Industry.NameMaxLength);
            category.Property(c => c.NameEn).HasMaxLength(Industry.NameMaxLength);
            category.Property(c => c.Version).IsConcurrencyToken();
        });
        modelBuilder.Entity<DocumentType>(type =>
        {
            type.ToTable("qualification_document_types");
            type.HasKey(t => t.Code);
            type.Property(t => t.Code).HasMaxLength(DocumentType.CodeMaxLength);
            type.Property(t => t.NameZh).HasMaxLength(Industry.NameMaxLength);
            type.Property(t => t.NameEn).HasMaxLength(Industry.NameMaxLength);
            type.Property(t => t.NumberFormat).HasConversion<string>();
            type.Property(t => t.AcceptedKinds).AsJson();
            type.Property(t => t.Version).IsConcurrencyToken();
        });
        modelBuilder.Entity<RequirementRule>(rule =>
        {
            rule.ToTable("qualification_rules");
            rule.HasKey(r => r.Id);
            rule.Property(r => r.Key).HasMaxLength(RequirementRule.KeyMaxLength);
            rule.Property(r => r.IndustryCode).HasMaxLength(Industry.CodeMaxLength);
            rule.Property(r => r.Alternatives).AsJson();
            rule.Property(r => r.Conditions).AsJson();
            rule.Property(r => r.ShopTypes).AsJson();
            rule.Property(r => r.Version).IsConcurrencyToken();
        });
        modelBuilder.Entity<CatalogStamp>(stamp =>
        {
            stamp.ToTable("qualification_catalog_stamp");
            stamp.HasKey(s => s.Id);
            stamp.Property(s => s.Id).ValueGeneratedNever();
            stamp.Property(s => s.Version).IsConcurrencyToken();
        });
        modelBuilder.Entity<MerchantProfile>(profile =>
        {
            profile.ToTable("qualification_profiles");
            profile.HasKey(p => p.MerchantId);
            profile.Property(p => p.Categories).AsJson();
            profile.Property(p => p.Brands).AsJson();
            profile.Property(p => p.Answers).AsJson();
            profile.Property(p => p.Version).IsConcurrencyToken();
        });
        modelBuilder.Entity<MerchantDocument>(document =>
        {
            document.ToTable("qualification_documents");
            document.HasKey(d => d.Id);
            document.Property(d => d.DocumentType).HasMaxLength(DocumentType.CodeMaxLength);
            document.Property(d => d.Number).HasMaxLength(DocumentType.NumberMaxLength);
            document.Property(d => d.IssuingAuthority).HasMaxLength(DocumentType.AuthorityMaxLength);
            document.Property(d => d.RejectionReason).HasMaxLength(MerchantDocument.ReasonMaxLength);
            document.HasIndex(d => d.MerchantId);
            document.HasIndex(d => d.Review);
            document.HasIndex(d => new { d.MerchantId, d.ImportKey }).IsUnique();
            document.Property(d => d.Review).HasConversion<string>();
            document.Property(d => d.Files).AsJson();
            document.Property(d => d.Version).IsConcurrencyToken();
        });
        modelBuilder.Entity<RequirementStatus>(status =>
        {
            status.ToTable("qualification_requirement_states");
            status.HasKey(s => new { s.MerchantId, s.Key });
            status.Property(s => s.State).HasConversion<string>();
            status.Property(s => s.Categories).AsJson();
        });
        modelBuilder.Entity<MerchantRestriction>(restriction =>
        {
            restriction.ToTable("qualification_restrictions");
            restriction.HasKey(r => r.MerchantId);
            restriction.Property(r => r.Categories).AsJson();
        });
        modelBuilder.Entity<AuditEntry>(entry =>
        {
            entry.ToTable("qualification_audit_log");
            entry.HasKey(e => e.Id);
            entry.Property(e => e.Detail).HasMaxLength(AuditEntry.DetailMaxLength);
            entry.HasIndex(e => e.MerchantId);
        });
    }
}
