namespace Commerce.Data.Shell;

/// <summary>
/// A consumer's place in the tenant's event stream. A cluster consumer has one row (<see cref="Node"/> empty): its
/// cursor, and the lease of the process handling it. A node consumer has a row per host process, a report of where
/// that process's own cursor stands, so the admin sees its lag and old events are not pruned from under it.
/// </summary>
public sealed class EventConsumerRecord
{
    public required string Name { get; set; }

    /// <summary>Empty for a cluster consumer; the host process's id for a node consumer.</summary>
    public string Node { get; set; } = "";

    /// <summary>The last sequence handled (or parked); the consumer reads on after it.</summary>
    public long Position { get; set; }

    /// <summary>The host process handling a cluster consumer, while it does.</summary>
    public string? LeaseOwner { get; set; }

    public DateTimeOffset? LeaseUntilUtc { get; set; }

    /// <summary>Failed deliveries of the event after <see cref="Position"/>, while it is being retried.</summary>
    public int Attempts { get; set; }

    public string? LastError { get; set; }

    /// <summary>When a node row was last reported; rows of processes gone for long are ignored and removed.</summary>
    public DateTimeOffset UpdatedUtc { get; set; }

    /// <summary>Bumped by every claim and every move; claims and moves are conditional updates on it.</summary>
    public long Version { get; set; }
}
