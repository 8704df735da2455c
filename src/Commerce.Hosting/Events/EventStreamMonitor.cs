using Commerce.Data.Shell;
using Commerce.Events;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Hosting.Events;

/// <summary>What the admin sees of a tenant's event stream: each consumer's cursor and lag, and the parked events.</summary>
public sealed class EventStreamMonitor(ShellStateDbContext db, EventDispatcher dispatcher)
{
    public async Task<EventStreamReport> ReportAsync(CancellationToken cancellationToken = default)
    {
        var head = await dispatcher.HeadAsync(cancellationToken);
        var oldest = await db.Events.MinAsync(e => (long?)e.Sequence, cancellationToken);
        var names = dispatcher.Consumers.Select(c => c.Name).ToList();
        var rows = await db.EventConsumers.AsNoTracking().Where(c => names.Contains(c.Name)).ToListAsync(cancellationToken);
        var consumers = new List<EventConsumerReport>();
        foreach (var consumer in dispatcher.Consumers)
        {
            var types = consumer.Routes.Keys.ToList();
            var own = rows.Where(r => r.Name == consumer.Name && (consumer.Kind == EventConsumerKind.Cluster ? r.Node == "" : r.Node != "")).ToList();
            if (own.Count == 0)
            {
                own.Add(new EventConsumerRecord { Name = consumer.Name, Position = 0 });
            }

            foreach (var row in own.OrderBy(r => r.Node, StringComparer.Ordinal))
            {
                var position = consumer.Kind == EventConsumerKind.Node && row.Node == HostNode.Id ? dispatcher.NodePosition(consumer.Name) ?? row.Position : row.Position;
                var lag = await db.Events.CountAsync(e => e.Sequence > position && types.Contains(e.Type), cancellationToken);
                consumers.Add(new EventConsumerReport(
                    consumer.Name, consumer.Kind, row.Node.Length == 0 ? null : row.Node, position, lag, dispatcher.IsPaused(consumer),
                    row.Attempts, row.LastError, row.LeaseOwner, row.LeaseUntilUtc, [.. types.Order(StringComparer.Ordinal)]));
            }
        }

        var parked = await db.ParkedEvents.AsNoTracking().OrderBy(p => p.Sequence).Take(500).ToListAsync(cancellationToken);
        return new EventStreamReport(
            head, oldest, HostNode.Id, consumers,
            [.. parked.Select(p => new ParkedEventReport(p.Consumer, p.Node.Length == 0 ? null : p.Node, p.Sequence, p.Type, p.Attempts, p.Error, p.ParkedUtc))]);
    }
}

/// <summary>A tenant's event stream at a glance.</summary>
/// <param name="Head">The newest sequence, 0 when nothing was ever written.</param>
/// <param name="Oldest">The oldest sequence still stored (older ones were pruned), or null when none is.</param>
/// <param name="Node">The host process that answered (node consumers' rows name theirs).</param>
public sealed record EventStreamReport(long Head, long? Oldest, string Node, IReadOnlyList<EventConsumerReport> Consumers, IReadOnlyList<ParkedEventReport> Parked);

/// <summary>One consumer's cursor (a node consumer has one per host process).</summary>
/// <param name="Lag">Events after the cursor that this consumer reads.</param>
/// <param name="Paused">Waiting for a feature that is off.</param>
/// <param name="Attempts">Failed deliveries of the next event so far (it is being retried).</param>
public sealed record EventConsumerReport(
    string Name, EventConsumerKind Kind, string? Node, long Position, long Lag, bool Paused, int Attempts, string? LastError,
    string? LeaseOwner, DateTimeOffset? LeaseUntilUtc, IReadOnlyList<string> Types);

/// <summary>An event a consumer gave up on, with the error of its last attempt.</summary>
public sealed record ParkedEventReport(string Consumer, string? Node, long Sequence, string Type, int Attempts, string Error, DateTimeOffset ParkedUtc);
