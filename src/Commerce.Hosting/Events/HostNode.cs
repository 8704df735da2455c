namespace Commerce.Hosting.Events;

/// <summary>This host process as the tenant databases know it: the owner of leases, the node of node consumers.</summary>
public static class HostNode
{
    /// <summary>Unique per process run, at most 128 characters.</summary>
    public static readonly string Id = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():n}" is var id && id.Length > 128 ? id[^128..] : id;
}
