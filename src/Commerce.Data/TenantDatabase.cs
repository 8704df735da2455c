using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Commerce.Data;

/// <summary>The <see cref="ITenantDatabase"/> of one shell.</summary>
/// <param name="location">Where the tenant's data is.</param>
/// <param name="interceptors">Added to every module context of the shell (the outbox's commit signal).</param>
public sealed class TenantDatabase(DatabaseLocation location, params IInterceptor[] interceptors) : ITenantDatabase
{
    public DatabaseLocation Location { get; } = location;

    public string Provider => Location.Provider;

    public void Configure(DbContextOptionsBuilder options, Type context)
    {
        options.UseLocation(Location, context);
        if (interceptors.Length > 0)
        {
            options.AddInterceptors(interceptors);
        }
    }
}
