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

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Industry>(industry =>
        {
            industry.ToTable("qualification_industries");
            industry.HasKey(i => i.Code);
            industry.Property(i => i.Version).IsConcurrencyToken();
        });
        modelBuilder.Entity<ProductCategory>(category =>
        {
            category.ToTable("qualification_categories");
            category.HasKey(c => c.Code);
            category.Property(c => c.Version).IsConcurrencyToken();
        });
        modelBuilder.Entity<DocumentType>(type =>
        {
            type.ToTable("qualification_document_types");
            type.HasKey(t => t.Code);
            type.Property(t => t.NumberFormat).HasConversion<string>();
            type.Property(t => t.AcceptedKinds).AsJson();
            type.Property(t => t.Version).IsConcurrencyToken();
        });
        modelBuilder.Entity<RequirementRule>(rule =>
        {
            rule.ToTable("qualification_rules");
            rule.HasKey(r => r.Id);
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
            entry.HasIndex(e => e.MerchantId);
        });
    }
}
