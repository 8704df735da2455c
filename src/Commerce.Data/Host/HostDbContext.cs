using Microsoft.EntityFrameworkCore;

namespace Commerce.Data.Host;

/// <summary>The host's registry of tenants, shared by every host process and the CLI.</summary>
public sealed class HostDbContext(DbContextOptions<HostDbContext> options) : DbContext(options)
{
    public DbSet<TenantRecord> Tenants => Set<TenantRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<TenantRecord>(tenant =>
        {
            tenant.ToTable("commerce_tenants");
            tenant.HasKey(t => t.Name);
            tenant.Property(t => t.Name).HasMaxLength(64);
            tenant.Property(t => t.State).HasMaxLength(32);
            tenant.Property(t => t.RequestUrlPrefix).HasMaxLength(64);
            tenant.Property(t => t.RequestUrlHost).HasMaxLength(255);
            tenant.Property(t => t.DatabaseProvider).HasMaxLength(32);
            tenant.Property(t => t.Schema).HasMaxLength(63);
            tenant.Property(t => t.RecipeName).HasMaxLength(128);
            tenant.Property(t => t.Stamp).IsConcurrencyToken();
        });
    }
}
