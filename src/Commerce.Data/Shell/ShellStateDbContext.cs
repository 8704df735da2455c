using Microsoft.EntityFrameworkCore;

namespace Commerce.Data.Shell;

/// <summary>Host-owned tables inside each tenant's database: its feature set, settings and background job leases.</summary>
public sealed class ShellStateDbContext(DbContextOptions<ShellStateDbContext> options) : DbContext(options)
{
    public DbSet<ShellFeatureRecord> Features => Set<ShellFeatureRecord>();

    public DbSet<ShellStateRecord> State => Set<ShellStateRecord>();

    public DbSet<TenantSettingRecord> Settings => Set<TenantSettingRecord>();

    public DbSet<JobRunRecord> JobRuns => Set<JobRunRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ShellFeatureRecord>(feature =>
        {
            feature.ToTable("commerce_shell_features");
            feature.HasKey(f => f.FeatureId);
            feature.Property(f => f.FeatureId).HasMaxLength(128);
        });
        modelBuilder.Entity<ShellStateRecord>(state =>
        {
            state.ToTable("commerce_shell_state");
            state.HasKey(s => s.Id);
            state.Property(s => s.Id).ValueGeneratedNever();
            state.Property(s => s.Version).IsConcurrencyToken();
        });
        modelBuilder.Entity<TenantSettingRecord>(setting =>
        {
            setting.ToTable("commerce_tenant_settings");
            setting.HasKey(s => s.Key);
            setting.Property(s => s.Key).HasMaxLength(128);
        });
        modelBuilder.Entity<JobRunRecord>(run =>
        {
            run.ToTable("commerce_job_runs");
            run.HasKey(r => r.Name);
            run.Property(r => r.Name).HasMaxLength(128);
            run.Property(r => r.LeaseOwner).HasMaxLength(128);
            run.Property(r => r.Version).IsConcurrencyToken();
        });
    }
}
