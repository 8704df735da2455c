using Commerce.Data.Host;
using Commerce.Hosting.Shells;

namespace Commerce.Cli.Output;

/// <summary>A tenant as the CLI shows it: where it is reached and where its data lives; never a connection string.</summary>
public sealed record TenantView(
    string Name,
    string State,
    string? RequestUrlPrefix,
    string? RequestUrlHost,
    string? RecipeName,
    string DatabaseProvider,
    string? Schema,
    long Stamp,
    DateTimeOffset CreatedUtc)
{
    internal static TenantView Of(TenantRecord tenant, ShellHost shells)
    {
        var database = shells.DatabaseOf(tenant);
        return new TenantView(
            tenant.Name, tenant.State, tenant.RequestUrlPrefix, tenant.RequestUrlHost, tenant.RecipeName,
            database.Provider, database.Schema, tenant.Stamp, tenant.CreatedUtc);
    }
}
