namespace Commerce.Hosting.Events;

/// <summary>How a shell delivers its tenant's events (bound from <c>Commerce:Events</c>).</summary>
public sealed class EventStreamOptions
{
    /// <summary>
    /// False: this process stages events but handles none, leaving them to the other processes on the database (or to
    /// a test that delivers them itself). Default true.
    /// </summary>
    public bool Deliver { get; set; } = true;

    /// <summary>How long handled events are kept before they are pruned. Default 7 days.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How long a process holds a cluster consumer without renewing its lease before another may take it. Default 30 s.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Events read per consumer in one round. Default 100.</summary>
    public int BatchSize { get; set; } = 100;
}
