using Microsoft.EntityFrameworkCore;

namespace Commerce.Data;

/// <summary>
/// Runs the EF Core migrations of one module DbContext, unless its schema stamp says they all ran
/// (<see cref="SchemaStamps"/>). EF Core's migration lock guards concurrent runs.
/// </summary>
public sealed class DbContextMigration<TContext>(TContext context) : IShellMigration
    where TContext : DbContext
{
    public Task MigrateAsync(CancellationToken cancellationToken) => SchemaStamps.MigrateAsync(context, cancellationToken);
}
