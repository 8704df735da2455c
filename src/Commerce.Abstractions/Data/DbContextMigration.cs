using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Data;

/// <summary>
/// Runs the EF Core migrations of one module DbContext, unless its schema stamp says they all ran
/// (<see cref="SchemaStamps"/>). EF Core's migration lock guards concurrent runs.
/// </summary>
/// <remarks>
/// The context is resolved only when there is work to do: a current stamp in the run's <see cref="SchemaStampSnapshot"/>
/// answers without creating it, so its model is built on first use rather than on every start.
/// </remarks>
public sealed class DbContextMigration<TContext>(IServiceProvider services, SchemaStampSnapshot snapshot) : IShellMigration
    where TContext : DbContext
{
    public Task MigrateAsync(CancellationToken cancellationToken)
        => snapshot.IsCurrent(typeof(TContext).Name, SchemaStamps.LatestOf(typeof(TContext)))
            ? Task.CompletedTask
            : SchemaStamps.MigrateAsync(services.GetRequiredService<TContext>(), cancellationToken);
}
