namespace Commerce.Qualifications.Domain;

/// <summary>
/// When an evaluation happens and how it reads dates: documents carry calendar dates (valid through their expiry
/// day), judged in the marketplace's time zone; <paramref name="WarningWindow"/> is how long before expiry a
/// verified document becomes eventually due.
/// </summary>
internal sealed record EvaluationClock(DateTimeOffset Now, TimeZoneInfo Zone, TimeSpan WarningWindow)
{
    public static readonly TimeSpan DefaultWarningWindow = TimeSpan.FromDays(30);

    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Now, Zone).DateTime);

    /// <summary>The moment <paramref name="day"/> begins in the marketplace's time zone, in UTC (PostgreSQL stores UTC only).</summary>
    public DateTimeOffset StartOf(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
