using Commerce.Notifications.Domain;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Notifications.Data;

internal sealed class NotificationsDbContext(DbContextOptions<NotificationsDbContext> options) : DbContext(options)
{
    public DbSet<UserNotification> Notifications => Set<UserNotification>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<UserNotification>(n =>
        {
            n.ToTable("notifications");
            n.HasKey(x => x.Id);
            n.Property(x => x.Key).HasMaxLength(UserNotification.KeyMaxLength);
            n.HasIndex(x => x.Key).IsUnique();
            n.Property(x => x.UserId).HasMaxLength(450);
            n.HasIndex(x => x.UserId);
            n.HasIndex(x => x.Email);
            n.Property(x => x.Subject).HasMaxLength(UserNotification.SubjectMaxLength);
            n.Property(x => x.Body).HasMaxLength(UserNotification.BodyMaxLength);
            n.Property(x => x.Link).HasMaxLength(500);
            n.Property(x => x.Source).HasMaxLength(128);
            n.Property(x => x.EmailError).HasMaxLength(1000);
            n.Property(x => x.Email).HasConversion<int>();
            n.Property(x => x.Version).IsConcurrencyToken();
        });
    }
}
