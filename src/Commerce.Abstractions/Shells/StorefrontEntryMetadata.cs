namespace Commerce.Shells;

/// <summary>
/// Marks an endpoint as a storefront entry point: while its feature is hidden, visitors get 404 there.
/// Admin pages and APIs carry no such mark and keep working. Add with
/// <see cref="StorefrontEndpointExtensions.AsStorefrontEntry{TBuilder}(TBuilder)"/>.
/// </summary>
public sealed class StorefrontEntryMetadata
{
    public static readonly StorefrontEntryMetadata Instance = new();

    private StorefrontEntryMetadata()
    {
    }
}
