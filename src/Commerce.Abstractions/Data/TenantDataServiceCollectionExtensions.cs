using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Data;

public static class TenantDataServiceCollectionExtensions
{
    /// <summary>
    /// Registers a module's DbContext on the tenant's database and its migrations, which run when the
    /// registering feature is enabled. Write migrations by hand without store types so one set serves
    /// SQLite and PostgreSQL.
    /// </summary>
    public static IServiceCollection AddTenantDbContext<TContext>(this IServiceCollection services)
        where TContext : DbContext
    {
        services.AddDbContext<TContext>((sp, options) =>
            sp.GetRequiredService<ITenantDatabase>().Configure(options, typeof(TContext)));
        services.AddScoped<IShellMigration, DbContextMigration<TContext>>();
        return services;
    }
}
