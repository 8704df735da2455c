namespace Commerce.Jobs;

/// <summary>
/// When a background job runs: every interval, or daily at a local time of the tenant's time zone
/// (<c>Commerce.TimeZone</c>). Either way a run missed while no host process was up is made up at the next poll.
/// </summary>
public sealed record JobSchedule
{
    private JobSchedule(TimeSpan? interval, TimeOnly? localTime, bool whileLive)
        => (Interval, LocalTime, WhileLive) = (interval, localTime, whileLive);

    /// <summary>The time between runs, for an interval job.</summary>
    public TimeSpan? Interval { get; }

    /// <summary>The local time of day, for a daily job.</summary>
    public TimeOnly? LocalTime { get; }

    /// <summary>
    /// True for a job that only drains work its own shell queues (outgoing mail): it runs while the tenant's shell is
    /// built in some process, and never wakes an idle tenant on its own.
    /// </summary>
    public bool WhileLive { get; }

    /// <summary>Runs every <paramref name="interval"/>, the first time as soon as the job is enabled.</summary>
    public static JobSchedule Every(TimeSpan interval)
        => interval > TimeSpan.Zero ? new JobSchedule(interval, null, false) : throw new ArgumentOutOfRangeException(nameof(interval), "An interval is positive.");

    /// <summary>
    /// Runs once a day at <paramref name="localTime"/> in the tenant's time zone. The first time it runs at once (for the
    /// most recent such time), then at that time every day; a local time skipped by a daylight-saving change runs an
    /// hour later that day.
    /// </summary>
    public static JobSchedule DailyAt(TimeOnly localTime) => new(null, localTime, false);

    /// <summary>This schedule, but only while the tenant's shell is built (see <see cref="WhileLive"/>).</summary>
    public JobSchedule OnlyWhileLive() => new(Interval, LocalTime, true);

    /// <summary>When the job is next due, given when its last successful run was claimed (null: never).</summary>
    public DateTimeOffset NextDue(DateTimeOffset? lastRun, DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (Interval is { } interval)
        {
            return lastRun is { } last ? last + interval : now;
        }

        var time = LocalTime!.Value;
        if (lastRun is not { } previous)
        {
            return Occurrence(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime), time, zone) is var today && today <= now
                ? today
                : Occurrence(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime).AddDays(-1), time, zone);
        }

        // The first occurrence strictly after the last run.
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(previous, zone).DateTime);
        var next = Occurrence(day, time, zone);
        return next > previous ? next : Occurrence(day.AddDays(1), time, zone);
    }

    private static DateTimeOffset Occurrence(DateOnly day, TimeOnly time, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, zone), TimeSpan.Zero);
    }
}
