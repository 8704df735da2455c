using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Events;

/// <summary>
/// The transactional outbox as a module's DbContext sees it. The module maps the stream once
/// (<see cref="MapEventOutbox"/> in <c>OnModelCreating</c>) and stages events into its own context
/// (<see cref="StageEvent{TEvent}"/>): the next <c>SaveChanges</c> writes them on the same connection, in the same
/// transaction, as the change they describe. Nothing is published in memory; consumers read the stream.
/// </summary>
public static class EventOutboxExtensions
{
    /// <summary>The table of the stream in every tenant database; the host creates and owns it.</summary>
    public const string Table = "commerce_events";

    private static readonly ConditionalWeakTable<DbContext, object> Staged = [];

    /// <summary>Maps <see cref="StoredEvent"/> onto the host's table, outside this context's migrations.</summary>
    public static ModelBuilder MapEventOutbox(this ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<StoredEvent>(stored =>
        {
            stored.ToTable(Table, t => t.ExcludeFromMigrations());
            stored.HasKey(e => e.Sequence);
            stored.Property(e => e.Sequence).ValueGeneratedOnAdd();
            stored.Property(e => e.Type).HasMaxLength(200).IsRequired();
            stored.Property(e => e.Payload).IsRequired();
        });
        return modelBuilder;
    }

    /// <summary>
    /// Stages <paramref name="domainEvent"/> in <paramref name="context"/>: it is stored by the next
    /// <c>SaveChanges</c> together with the change it describes, or not at all. The context must map the outbox
    /// (<see cref="MapEventOutbox"/>).
    /// </summary>
    public static void StageEvent<TEvent>(this DbContext context, TEvent domainEvent, DateTimeOffset occurredUtc)
        where TEvent : notnull
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Set<StoredEvent>().Add(new StoredEvent
        {
            Type = EventTypeName.Of(domainEvent.GetType()),
            Payload = JsonSerializer.Serialize(domainEvent, domainEvent.GetType(), EventJson.Options),
            OccurredUtc = occurredUtc,
        });
        Staged.AddOrUpdate(context, Table);
    }

    /// <summary>True (once) when events were staged in <paramref name="context"/> since the last call: the host's commit signal asks.</summary>
    public static bool TakeStaged(DbContext context) => Staged.Remove(context);
}
