using Commerce.Events;
using Microsoft.EntityFrameworkCore;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Commerce.Data.Shell;

/// <summary>Host-owned tables inside each tenant's database: its feature set, settings, background job leases and the event stream with its consumers.</summary>
public sealed class ShellStateDbContext(DbContextOptions<ShellStateDbContext> options) : DbContext(options)
{
    public DbSet<ShellFeatureRecord> Features => Set<ShellFeatureRecord>();

    public DbSet<ShellStateRecord> State => Set<ShellStateRecord>();

    public DbSet<TenantSettingRecord> Settings => Set<TenantSettingRecord>();

    public DbSet<JobRunRecord> JobRuns => Set<JobRunRecord>();

    public DbSet<StoredEvent> Events => Set<StoredEvent>();

    public DbSet<EventConsumerRecord> EventConsumers => Set<EventConsumerRecord>();

    public DbSet<ParkedEventRecord> ParkedEvents => Set<ParkedEventRecord>();

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
        modelBuilder.Entity<StoredEvent>(stored =>
        {
            stored.ToTable(EventOutboxExtensions.Table);
            stored.HasKey(e => e.Sequence);
            // Numbered by the database: autoincrement on SQLite, a trigger on PostgreSQL (see ShellStateEvents), not an identity.
            stored.Property(e => e.Sequence).ValueGeneratedOnAdd()
                .HasAnnotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.None);
            stored.Property(e => e.Type).HasMaxLength(200).IsRequired();
            stored.Property(e => e.Payload).IsRequired();
        });
        modelBuilder.Entity<EventConsumerRecord>(consumer =>
        {
            consumer.ToTable("commerce_event_consumers");
            consumer.HasKey(c => new { c.Name, c.Node });
            consumer.Property(c => c.Name).HasMaxLength(128);
            consumer.Property(c => c.Node).HasMaxLength(128);
            consumer.Property(c => c.LeaseOwner).HasMaxLength(128);
            consumer.Property(c => c.LastError).HasMaxLength(4000);
            consumer.Property(c => c.Version).IsConcurrencyToken();
        });
        modelBuilder.Entity<ParkedEventRecord>(parked =>
        {
            parked.ToTable("commerce_event_parked");
            parked.HasKey(p => new { p.Consumer, p.Node, p.Sequence });
            parked.Property(p => p.Consumer).HasMaxLength(128);
            parked.Property(p => p.Node).HasMaxLength(128);
            parked.Property(p => p.Type).HasMaxLength(200);
            parked.Property(p => p.Error).HasMaxLength(4000);
        });
    }
}
