using Commerce.Architecture.Tests.BadModule.Domain;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Architecture.Tests.BadModule.Data;

/// <summary>
/// The violations of rules (b), when read as a contract, and (c): a public DbContext. Its model also drifted from its
/// migration (<see cref="Migrations.ComplaintsInitial"/>): the text became required and an index was added.
/// </summary>
public sealed class ComplaintsDbContext(DbContextOptions<ComplaintsDbContext> options) : DbContext(options)
{
    public DbSet<Complaint> Complaints => Set<Complaint>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Complaint>(complaint =>
        {
            complaint.ToTable("complaints");
            complaint.HasKey(c => c.Id);
            complaint.Property(c => c.Text).HasMaxLength(500);
            complaint.HasIndex(c => c.MerchantId);
        });
    }
}
