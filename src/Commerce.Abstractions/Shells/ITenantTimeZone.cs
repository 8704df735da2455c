namespace Commerce.Shells;

/// <summary>
/// The current tenant's time zone (tenant setting <see cref="TenantTimeZone.SettingKey"/>; UTC when unset or unknown):
/// what "today" and a local time mean for the tenant's dates, such as a document's expiry. Registered in every shell
/// by the host, so a module needs no reference to the display layer to know it.
/// </summary>
public interface ITenantTimeZone
{
    TimeZoneInfo Zone { get; }
}
