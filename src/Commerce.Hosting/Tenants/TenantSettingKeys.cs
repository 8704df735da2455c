namespace Commerce.Hosting;

/// <summary>Keys of the settings the host keeps in each tenant's database.</summary>
public static class TenantSettingKeys
{
    /// <summary>The PBKDF2 hash of the tenant's setup API key.</summary>
    public const string ApiKeyHash = "Commerce.ApiKeyHash";

    /// <summary>The id of the tenant's storefront theme.</summary>
    public const string Theme = "Commerce.Theme";
}
