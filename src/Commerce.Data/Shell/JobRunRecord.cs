namespace Commerce.Data.Shell;

/// <summary>
/// A background job's lease and last run in the tenant database: the row several host processes race for,
/// so a job runs once per interval per tenant.
/// </summary>
public sealed class JobRunRecord
{
    public required string Name { get; set; }

    /// <summary>When the last successful run was claimed.</summary>
    public DateTimeOffset? LastRunUtc { get; set; }

    /// <summary>The host process holding the lease, while a run is in progress.</summary>
    public string? LeaseOwner { get; set; }

    /// <summary>A lease past this time was abandoned (its process died) and may be claimed again.</summary>
    public DateTimeOffset? LeaseUntilUtc { get; set; }

    /// <summary>Bumped by every claim; a claim is a conditional update on it.</summary>
    public long Version { get; set; }
}
