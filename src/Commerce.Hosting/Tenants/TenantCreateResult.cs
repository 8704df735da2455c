using Commerce.Data.Host;

namespace Commerce.Hosting.Tenants;

/// <summary>The outcome of creating a tenant.</summary>
/// <param name="Errors">Per request field (camelCase), why its value was refused. Empty on success.</param>
/// <param name="NameTaken">True when a tenant with that name exists already.</param>
public sealed record TenantCreateResult(TenantRecord? Tenant, IReadOnlyDictionary<string, string[]> Errors, bool NameTaken)
{
    public bool Succeeded => Tenant is not null;
}
