namespace Commerce.Hosting.Tenants;

/// <summary>A new tenant. Give it a URL prefix, a host name, or both.</summary>
/// <param name="Name">Unique; letters, digits, '-' and '_', starting with a letter, at most 64.</param>
/// <param name="RequestUrlPrefix">First path segment that routes to the tenant, e.g. <c>shanghai</c>.</param>
/// <param name="RequestUrlHost">Host name that routes to the tenant, e.g. <c>tea.example.com</c>.</param>
/// <param name="Recipe">Recipe to set it up from; <c>default</c> when empty.</param>
/// <param name="ApiKey">The tenant's management API key, at least 16 characters. Stored hashed.</param>
/// <param name="DatabaseProvider">Null for the host's provider, or <c>Sqlite</c> / <c>PostgreSql</c>.</param>
/// <param name="ConnectionString">A PostgreSQL server of the tenant's own; null for the host's.</param>
/// <param name="Schema">The PostgreSQL schema; null for <c>tenant_</c> plus the lower-cased name.</param>
public sealed record TenantCreateRequest(
    string? Name,
    string? RequestUrlPrefix,
    string? RequestUrlHost,
    string? Recipe,
    string? ApiKey,
    string? DatabaseProvider = null,
    string? ConnectionString = null,
    string? Schema = null);
