using Commerce.Announcements.Domain;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Announcements.Data;

internal sealed class AnnouncementsDbContext(DbContextOptions<AnnouncementsDbContext> options) : DbContext(options)
{
    public DbSet<Announcement> Announcements => Set<Announcement>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Announcement>(announcement =>
        {
            announcement.ToTable("announcements");
            announcement.HasKey(a => a.Id);
            announcement.Property(a => a.Title).HasMaxLength(Announcement.TitleMaxLength);
            announcement.Property(a => a.Body).HasMaxLength(Announcement.BodyMaxLength);
        });
    }
}
