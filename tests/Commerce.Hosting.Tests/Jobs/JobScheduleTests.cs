using Commerce.Jobs;

namespace Commerce.Hosting.Tests.Jobs;

/// <summary>When a job is next due: daily at a tenant-local time (Asia/Shanghai, UTC+8 all year), or every interval.</summary>
public sealed class JobScheduleTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    private static readonly JobSchedule AtTwo = JobSchedule.DailyAt(new TimeOnly(2, 0));

    /// <summary>A Shanghai wall-clock time as an instant.</summary>
    private static DateTimeOffset Local(int month, int day, int hour, int minute = 0)
        => new(2026, month, day, hour, minute, 0, TimeSpan.FromHours(8));

    [Fact]
    public void A_daily_job_runs_at_once_the_first_time_for_the_most_recent_such_time()
    {
        // After 02:00 local: today's 02:00 is past, so it is due (now).
        Assert.Equal(Local(3, 10, 2), AtTwo.NextDue(null, Local(3, 10, 10), Shanghai));
        // Before 02:00 local (17:00 UTC the day before): yesterday's 02:00, also past.
        Assert.Equal(Local(3, 9, 2), AtTwo.NextDue(null, Local(3, 10, 1), Shanghai));
        Assert.True(AtTwo.NextDue(null, Local(3, 10, 1), Shanghai) <= Local(3, 10, 1));
        // 02:00 in Shanghai is 18:00 UTC the day before.
        Assert.Equal(new DateTimeOffset(2026, 3, 9, 18, 0, 0, TimeSpan.Zero), AtTwo.NextDue(null, Local(3, 10, 10), Shanghai));
    }

    [Fact]
    public void A_daily_job_is_next_due_at_that_time_the_next_day()
    {
        Assert.Equal(Local(3, 11, 2), AtTwo.NextDue(Local(3, 10, 2), Local(3, 10, 2), Shanghai));
        // Claimed a little late (the poll came a few seconds after 02:00): still 02:00 the next day, not later.
        Assert.Equal(Local(3, 11, 2), AtTwo.NextDue(Local(3, 10, 2, 1), Local(3, 10, 9), Shanghai));
        // Its first run made up at 10:00 (for 02:00 that day): next at 02:00 tomorrow, not 10:00.
        Assert.Equal(Local(3, 11, 2), AtTwo.NextDue(Local(3, 10, 10), Local(3, 10, 10), Shanghai));
        // The first run happened at 01:00, before that day's 02:00: due again at 02:00 the same day.
        Assert.Equal(Local(3, 10, 2), AtTwo.NextDue(Local(3, 10, 1), Local(3, 10, 1), Shanghai));
    }

    [Fact]
    public void A_daily_run_missed_while_no_host_was_up_is_made_up_once()
    {
        // Last ran on the 10th at 02:00; no process ran from then until the 13th at 09:00.
        var last = Local(3, 10, 2);
        var back = Local(3, 13, 9);
        var due = AtTwo.NextDue(last, back, Shanghai);
        Assert.Equal(Local(3, 11, 2), due);
        Assert.True(due <= back); // due at the first poll after the restart

        // Made up once at 09:00 on the 13th; the next run is 02:00 on the 14th, not three more catch-ups.
        Assert.Equal(Local(3, 14, 2), AtTwo.NextDue(back, back, Shanghai));
    }

    [Fact]
    public void A_daily_time_is_of_the_tenant_zone_not_utc()
    {
        var now = Local(3, 10, 10);
        Assert.Equal(new DateTimeOffset(2026, 3, 11, 2, 0, 0, TimeSpan.Zero), AtTwo.NextDue(now, now, TimeZoneInfo.Utc));
        Assert.Equal(Local(3, 11, 2), AtTwo.NextDue(now, now, Shanghai));
    }

    [Fact]
    public void An_interval_job_runs_at_once_then_every_interval_after_its_last_run()
    {
        var hourly = JobSchedule.Every(TimeSpan.FromHours(1));
        var now = Local(3, 10, 10);
        Assert.Equal(now, hourly.NextDue(null, now, Shanghai));
        Assert.Equal(Local(3, 10, 11), hourly.NextDue(now, now, Shanghai));
        // Missed for a day: due once at once (its last run plus the interval is long past), not 24 times.
        Assert.Equal(Local(3, 10, 11), hourly.NextDue(now, Local(3, 11, 10), Shanghai));
        Assert.Equal(Local(3, 11, 11), hourly.NextDue(Local(3, 11, 10), Local(3, 11, 10), Shanghai));
    }

    [Fact]
    public void Only_while_live_keeps_the_schedule_and_an_interval_must_be_positive()
    {
        var mail = JobSchedule.Every(TimeSpan.FromSeconds(10)).OnlyWhileLive();
        Assert.True(mail.WhileLive);
        Assert.Equal(TimeSpan.FromSeconds(10), mail.Interval);
        Assert.False(JobSchedule.Every(TimeSpan.FromSeconds(10)).WhileLive);
        Assert.Throws<ArgumentOutOfRangeException>(() => JobSchedule.Every(TimeSpan.Zero));
    }
}
