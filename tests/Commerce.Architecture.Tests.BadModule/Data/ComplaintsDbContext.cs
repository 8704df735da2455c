using Commerce.Architecture.Tests.BadModule.Domain;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Architecture.Tests.BadModule.Data;

/// <summary>The violations of rules (b), when read as a contract, and (c): a public DbContext.</summary>
public sealed class ComplaintsDbContext(DbContextOptions<ComplaintsDbContext> options) : DbContext(options)
{
    public DbSet<Complaint> Complaints => Set<Complaint>();
}
