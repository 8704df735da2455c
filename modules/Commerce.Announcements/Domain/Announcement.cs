namespace Commerce.Announcements.Domain;

/// <summary>A notice the platform publishes to its shoppers and merchants.</summary>
internal sealed class Announcement
{
    public const int TitleMaxLength = 200;
    public const int BodyMaxLength = 4000;

    /// <summary>A version 7 GUID: it sorts by creation time on both providers, so lists order by it.</summary>
    public Guid Id { get; set; }

    public required string Title { get; set; }

    public required string Body { get; set; }

    public DateTimeOffset PublishedUtc { get; set; }
}
