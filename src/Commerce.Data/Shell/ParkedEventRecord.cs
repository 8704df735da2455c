namespace Commerce.Data.Shell;

/// <summary>An event a consumer gave up on after its retries, kept with the error until an admin retries or dismisses it.</summary>
public sealed class ParkedEventRecord
{
    public required string Consumer { get; set; }

    /// <summary>Empty for a cluster consumer; the host process for a node consumer.</summary>
    public string Node { get; set; } = "";

    public long Sequence { get; set; }

    public required string Type { get; set; }

    public int Attempts { get; set; }

    public required string Error { get; set; }

    public DateTimeOffset ParkedUtc { get; set; }
}
