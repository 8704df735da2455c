using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Commerce.Data;

public static class TenantDataServiceCollectionExtensions
{
    /// <summary>How many idle contexts of one type a shell keeps for reuse.</summary>
    public const int ContextPoolSize = 256;

    /// <summary>
    /// Registers a module's DbContext on the tenant's database and its migrations, which run when the
    /// registering feature is enabled. Write migrations by hand without store types so one set serves
    /// SQLite and PostgreSQL.
    /// </summary>
    /// <remarks>
    /// Contexts are pooled per shell: a request takes a context whose EF Core services are already resolved and gives
    /// it back, reset, when its scope ends. A pooled context must take only its options in its constructor and keep
    /// no state of its own beyond what EF Core resets (tracked entities, transactions, timeouts).
    /// </remarks>
    public static IServiceCollection AddTenantDbContext<TContext>(this IServiceCollection services)
        where TContext : DbContext
    {
        services.AddDbContextPool<TContext>(
            (sp, options) => sp.GetRequiredService<ITenantDatabase>().Configure(options, typeof(TContext)),
            ContextPoolSize);
        services.AddScoped<IShellMigration, DbContextMigration<TContext>>();
        services.TryAddScoped<SchemaStampSnapshot>();
        return services;
    }
}
