namespace Commerce.Events;

/// <summary>
/// One row of a tenant's event stream (<c>commerce_events</c>). Modules never create it themselves: they stage an
/// event with <see cref="EventOutboxExtensions.StageEvent{TEvent}"/>, which adds a row to their own context so it
/// commits, or rolls back, with the change it describes.
/// </summary>
public sealed class StoredEvent
{
    /// <summary>
    /// The event's place in the stream, given by the database when the row is inserted. It only grows, and events
    /// become visible in its order: a reader that has seen sequence N will never later find a committed event below N.
    /// </summary>
    public long Sequence { get; set; }

    /// <summary>The event's stable type name (<see cref="EventTypeName.Of"/>).</summary>
    public string Type { get; set; } = "";

    /// <summary>The event as JSON (<see cref="EventJson.Options"/>).</summary>
    public string Payload { get; set; } = "";

    public DateTimeOffset OccurredUtc { get; set; }
}
