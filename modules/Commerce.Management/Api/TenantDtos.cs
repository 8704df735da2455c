using Commerce.Data.Host;

namespace Commerce.Management.Api;

/// <summary>A tenant as the API shows it. Connection strings are never shown.</summary>
public sealed record TenantDto(
    string Name,
    string State,
    string? RequestUrlPrefix,
    string? RequestUrlHost,
    string DatabaseProvider,
    string? Recipe,
    DateTimeOffset CreatedUtc)
{
    internal static TenantDto From(TenantRecord record, string hostProvider) => new(
        record.Name, record.State, record.RequestUrlPrefix, record.RequestUrlHost,
        record.DatabaseProvider ?? hostProvider, record.RecipeName, record.CreatedUtc);
}
