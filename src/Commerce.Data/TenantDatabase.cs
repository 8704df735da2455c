using Microsoft.EntityFrameworkCore;

namespace Commerce.Data;

/// <summary>The <see cref="ITenantDatabase"/> of one shell.</summary>
public sealed class TenantDatabase(DatabaseLocation location) : ITenantDatabase
{
    public DatabaseLocation Location { get; } = location;

    public string Provider => Location.Provider;

    public void Configure(DbContextOptionsBuilder options, Type context) => options.UseLocation(Location, context);
}
