namespace Commerce.Shells;

/// <summary>The <see cref="ITenantTimeZone"/> the host registers, read from the tenant's settings.</summary>
public sealed class TenantTimeZone(TimeZoneInfo zone) : ITenantTimeZone
{
    /// <summary>The tenant setting that names the zone by its IANA id (such as <c>Asia/Shanghai</c>).</summary>
    public const string SettingKey = "Commerce.TimeZone";

    public static TenantTimeZone Utc { get; } = new(TimeZoneInfo.Utc);

    public TimeZoneInfo Zone { get; } = zone;

    /// <summary>The zone a setting names: UTC when <paramref name="id"/> is empty or names no zone this machine knows.</summary>
    public static TimeZoneInfo Find(string? id)
        => id is { Length: > 0 } && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var found) ? found : TimeZoneInfo.Utc;

    /// <summary>The tenant's time zone from its stored settings.</summary>
    public static TenantTimeZone From(IReadOnlyDictionary<string, string> settings) => new(Find(settings.GetValueOrDefault(SettingKey)));
}
