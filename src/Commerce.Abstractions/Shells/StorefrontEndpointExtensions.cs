using Microsoft.AspNetCore.Builder;

namespace Commerce.Shells;

public static class StorefrontEndpointExtensions
{
    /// <summary>Marks the endpoints as storefront entry points, which answer 404 while their feature is hidden.</summary>
    public static TBuilder AsStorefrontEntry<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
        => builder.WithMetadata(StorefrontEntryMetadata.Instance);
}
