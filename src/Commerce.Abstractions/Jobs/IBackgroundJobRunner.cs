namespace Commerce.Jobs;

/// <summary>
/// Runs the current shell's due jobs now. The host calls it on a timer; tests and operators call it to run a
/// job without waiting (the lease still guarantees a single run per interval).
/// </summary>
public interface IBackgroundJobRunner
{
    /// <summary>Runs every job whose interval has passed; returns the names of the jobs that ran.</summary>
    Task<IReadOnlyList<string>> RunDueAsync(CancellationToken cancellationToken = default);
}
