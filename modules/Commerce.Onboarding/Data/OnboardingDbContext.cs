using Commerce.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Commerce.Onboarding.Data;

internal sealed class OnboardingDbContext(DbContextOptions<OnboardingDbContext> options) : DbContext(options)
{
    public DbSet<ApplicationRecord> Applications => Set<ApplicationRecord>();

    public DbSet<TransitionRecord> Transitions => Set<TransitionRecord>();

    public DbSet<SettingsRecord> Settings => Set<SettingsRecord>();

    public DbSet<InvitationRecord> Invitations => Set<InvitationRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.MapEventOutbox();
        modelBuilder.Entity<ApplicationRecord>(application =>
        {
            application.ToTable("onboarding_applications");
            application.HasKey(a => a.Id);
            application.Property(a => a.ApplicantUserId).HasMaxLength(100);
            application.Property(a => a.Mode).HasMaxLength(20);
            application.Property(a => a.Status).HasMaxLength(20);
            application.Property(a => a.Version).IsConcurrencyToken();
            application.Property(a => a.GradeId).HasMaxLength(100);
            application.Property(a => a.DecisionReason).HasMaxLength(1000);
            application.Property(a => a.DisplayName).HasMaxLength(200);
            application.Property(a => a.Industry).HasMaxLength(100);
            application.Property(a => a.Region).HasMaxLength(100);
            // Stored as UTC ticks: SQLite cannot compare or order DateTimeOffset text, and the queue filters on it.
            application.Property(a => a.SubmittedUtc).HasConversion(new ValueConverter<DateTimeOffset, long>(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero)));
            application.HasIndex(a => a.ApplicantUserId);
            application.HasIndex(a => new { a.Status, a.SubmittedUtc });
        });
        modelBuilder.Entity<TransitionRecord>(transition =>
        {
            transition.ToTable("onboarding_transitions");
            transition.HasKey(t => t.Id);
            transition.Property(t => t.Action).HasMaxLength(20);
            transition.Property(t => t.FromStatus).HasMaxLength(20);
            transition.Property(t => t.ToStatus).HasMaxLength(20);
            transition.Property(t => t.ByUserId).HasMaxLength(100);
            transition.Property(t => t.Reason).HasMaxLength(1000);
            transition.HasIndex(t => t.ApplicationId);
            transition.HasIndex(t => t.RelayedUtc);
        });
        modelBuilder.Entity<SettingsRecord>(settings =>
        {
            settings.ToTable("onboarding_settings");
            settings.HasKey(s => s.Id);
            settings.Property(s => s.Id).ValueGeneratedNever();
            settings.Property(s => s.Mode).HasMaxLength(20);
            settings.Property(s => s.Version).IsConcurrencyToken();
        });
        modelBuilder.Entity<InvitationRecord>(invitation =>
        {
            invitation.ToTable("onboarding_invitations");
            invitation.HasKey(i => i.Id);
            invitation.Property(i => i.TokenHash).HasMaxLength(64);
            invitation.Property(i => i.CompanyName).HasMaxLength(200);
            invitation.Property(i => i.Email).HasMaxLength(256);
            invitation.Property(i => i.CreatedByUserId).HasMaxLength(100);
            invitation.HasIndex(i => i.TokenHash).IsUnique();
        });
    }
}
