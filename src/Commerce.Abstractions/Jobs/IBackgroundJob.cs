namespace Commerce.Jobs;

/// <summary>
/// Recurring work of a feature, run by the host inside the tenant's current shell, in a scope of its own.
/// Register it as scoped. The host guarantees one run per due time of its <see cref="Schedule"/> per tenant even when
/// several host processes share the tenant's database: a run is claimed through a lease row in the tenant database,
/// renewed while the run lasts.
/// </summary>
public interface IBackgroundJob
{
    /// <summary>Stable name, unique in the tenant (the lease row's key), for example <c>Qualifications.Expiry</c>.</summary>
    string Name { get; }

    /// <summary>When it runs (every interval, or daily at a local time), measured on the shell's <see cref="TimeProvider"/>.</summary>
    JobSchedule Schedule { get; }

    Task RunAsync(BackgroundJobContext context, CancellationToken cancellationToken);
}

/// <summary>What a run knows about itself.</summary>
/// <param name="Now">The clock reading the run was claimed at.</param>
/// <param name="PreviousRun">When the previous successful run was claimed, or null for the first run.</param>
public sealed record BackgroundJobContext(DateTimeOffset Now, DateTimeOffset? PreviousRun);
