namespace Commerce.Data.Host;

/// <summary>A row of the host's tenant registry.</summary>
public sealed class TenantRecord
{
    public required string Name { get; set; }

    /// <summary>One of <see cref="TenantStates"/>.</summary>
    public required string State { get; set; }

    public string? RequestUrlPrefix { get; set; }

    public string? RequestUrlHost { get; set; }

    /// <summary>Null: the host's provider.</summary>
    public string? DatabaseProvider { get; set; }

    /// <summary>Null: the host's server. Only for PostgreSQL tenants on a server of their own.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Null: <c>tenant_</c> plus the lower-cased name. PostgreSQL only.</summary>
    public string? Schema { get; set; }

    /// <summary>The recipe the tenant was set up from.</summary>
    public string? RecipeName { get; set; }

    /// <summary>
    /// Change stamp: bumped by every change to the tenant's settings or feature state, by any process.
    /// Hosts poll it to know which shells to rebuild.
    /// </summary>
    public long Stamp { get; set; }

    public DateTimeOffset CreatedUtc { get; set; }

    /// <summary>
    /// When the tenant's next background job is due (UTC ticks, comparable in SQL on both providers), as its shell last
    /// computed it; null until a shell has run its jobs once. The job host reads it without building a shell, so an idle
    /// tenant costs nothing until something is due.
    /// </summary>
    public long? NextJobDueTicks { get; set; }
}
