using Microsoft.EntityFrameworkCore;

namespace Commerce.Data;

/// <summary>The current tenant's database, as a way to configure any module's DbContext for it.</summary>
public interface ITenantDatabase
{
    /// <summary><c>Sqlite</c> or <c>PostgreSql</c>.</summary>
    string Provider { get; }

    /// <summary>
    /// Points <paramref name="options"/> at the tenant's database, keeping the migration history of
    /// <paramref name="context"/> in a table of its own so each module versions its schema independently.
    /// </summary>
    void Configure(DbContextOptionsBuilder options, Type context);
}
