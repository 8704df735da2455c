namespace Commerce.Shells;

/// <summary>Who the current shell serves. Registered as a singleton in every shell.</summary>
/// <param name="Name">The tenant's unique name; <c>Default</c> for the Default tenant.</param>
/// <param name="RequestUrlPrefix">The first path segment that routes to the tenant, or null.</param>
/// <param name="RequestUrlHost">The host name that routes to the tenant, or null.</param>
public sealed record TenantInfo(string Name, string? RequestUrlPrefix, string? RequestUrlHost)
{
    public const string DefaultName = "Default";

    public bool IsDefault => string.Equals(Name, DefaultName, StringComparison.OrdinalIgnoreCase);
}
