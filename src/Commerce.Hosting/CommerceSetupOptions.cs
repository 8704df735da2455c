namespace Commerce.Hosting;

/// <summary>First-run settings, bound from <c>Commerce:Setup</c>.</summary>
public sealed class CommerceSetupOptions
{
    /// <summary>
    /// The Default tenant's API key for the management API (<c>X-Api-Key</c>). Stored hashed when the tenant
    /// is set up, or on a later start while the tenant has none. Without it the API answers 401 to everyone.
    /// </summary>
    public string? ApiKey { get; set; }
}
