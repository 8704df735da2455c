namespace Commerce.Data.Shell;

/// <summary>A named setting of the tenant (the API key hash, the theme, recipe-set values).</summary>
public sealed class TenantSettingRecord
{
    public required string Key { get; set; }

    public required string Value { get; set; }
}
