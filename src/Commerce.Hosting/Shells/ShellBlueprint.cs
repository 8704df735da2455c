using Commerce.Data;
using Commerce.Hosting.Modules;
using Commerce.Shells;

namespace Commerce.Hosting.Shells;

/// <summary>Everything a shell is built from: the tenant, its database, and the features it runs.</summary>
/// <param name="Stamp">The tenant's change stamp the state was read at.</param>
/// <param name="Features">Enabled features in dependency order.</param>
/// <param name="Hidden">Enabled features kept out of the storefront.</param>
/// <param name="Settings">The tenant's stored settings.</param>
public sealed record ShellBlueprint(
    TenantInfo Tenant,
    DatabaseLocation Database,
    long Stamp,
    IReadOnlyList<FeatureDescriptor> Features,
    IReadOnlySet<string> Hidden,
    IReadOnlyDictionary<string, string> Settings);
