using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
using Commerce.Data.Shell;
using Commerce.Events;
using Commerce.Shells;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Commerce.Hosting.Events;

/// <summary>
/// Delivers a tenant's stored events to the consumers its shell declares, each from its own cursor, in sequence
/// order, at least once. A shell singleton: the host's event pump calls <see cref="DeliverAsync"/> when this process
/// committed events and at every shell poll; tests call it (or <see cref="DrainAsync"/>) themselves.
/// </summary>
/// <remarks>
/// A cluster consumer is handled by one process at a time, the holder of the lease on its cursor row, which it
/// renews with every event it moves past; a process that dies leaves a lease that expires after
/// <see cref="EventStreamOptions.LeaseDuration"/>. A node consumer is handled by every process, from a cursor of its
/// own. A failed event is retried with a doubling delay, blocking only its own consumer, and parked after
/// <see cref="EventConsumerOptions.MaxAttempts"/> attempts.
/// </remarks>
public sealed class EventDispatcher(
    IServiceScopeFactory scopes,
    IEnumerable<EventConsumerDescriptor> consumers,
    IShellFeatures features,
    TimeProvider clock,
    IOptions<EventStreamOptions> options,
    ILogger<EventDispatcher> logger)
{
    private static readonly MethodInfo InvokeMethod = typeof(EventDispatcher).GetMethod(nameof(InvokeAsync), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly ConcurrentDictionary<(Type Event, Type Handler), Func<IServiceProvider, object, EventDelivery, CancellationToken, Task>> Invokers = new();

    private readonly SemaphoreSlim _round = new(1, 1);
    private readonly ConcurrentDictionary<string, NodeCursor> _nodes = new(StringComparer.Ordinal);
    private readonly EventStreamOptions _options = options.Value;

    /// <summary>The consumers of this shell, by name.</summary>
    public IReadOnlyList<EventConsumerDescriptor> Consumers { get; } = [.. consumers.DistinctBy(c => c.Name).OrderBy(c => c.Name, StringComparer.Ordinal)];

    /// <summary>True when a consumer waits for a feature that is off in this shell.</summary>
    public bool IsPaused(EventConsumerDescriptor consumer) => consumer.RequiredFeatures.Any(f => !features.IsEnabled(f));

    private IEnumerable<EventConsumerDescriptor> Running => Consumers.Where(c => !IsPaused(c));

    /// <summary>
    /// One round: every consumer handles what it can of the events committed so far. Returns how many events were
    /// handled and whether any consumer has more waiting (a full batch, so the caller should go again at once).
    /// </summary>
    public async Task<DeliveryRound> DeliverAsync(CancellationToken cancellationToken = default)
    {
        if (Consumers.Count == 0)
        {
            return new DeliveryRound(0, false);
        }

        await _round.WaitAsync(cancellationToken);
        try
        {
            var head = await HeadAsync(cancellationToken);
            var handled = 0;
            var more = false;
            foreach (var consumer in Running)
            {
                try
                {
                    var (count, full) = consumer.Kind == EventConsumerKind.Cluster
                        ? await DeliverClusterAsync(consumer, head, cancellationToken)
                        : await DeliverNodeAsync(consumer, head, cancellationToken);
                    handled += count;
                    more |= full;
                }
                catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    // The stream itself failed (the database is away); this consumer tries again next round.
                    logger.LogWarning(e, "Delivering events to consumer {Consumer} failed; retrying at the next round", consumer.Name);
                }
            }

            return new DeliveryRound(handled, more);
        }
        finally
        {
            _round.Release();
        }
    }

    /// <summary>
    /// Delivers rounds until every consumer of this shell has passed the events committed before the call (whichever
    /// process handles them), or <paramref name="timeout"/> passes. True when caught up; parked events count as passed.
    /// </summary>
    public async Task<bool> DrainAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        // Waits on the real clock: a test's clock may stand still.
        var head = await HeadAsync(cancellationToken);
        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            await DeliverAsync(cancellationToken);
            if (await CaughtUpAsync(head, cancellationToken))
            {
                return true;
            }

            if (Stopwatch.GetElapsedTime(started) > timeout)
            {
                return false;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(20), cancellationToken);
        }
    }

    /// <summary>Handles a parked event again, in this process; true (and no longer parked) when the handler succeeds.</summary>
    public async Task<ParkedRetry> RetryParkedAsync(string consumerName, string node, long sequence, CancellationToken cancellationToken = default)
    {
        if (Consumers.FirstOrDefault(c => c.Name == consumerName) is not { } consumer)
        {
            return ParkedRetry.NoSuchConsumer;
        }

        if (node.Length > 0 && node != HostNode.Id)
        {
            return ParkedRetry.OtherNode;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ShellStateDbContext>();
        var parked = await db.ParkedEvents.FirstOrDefaultAsync(p => p.Consumer == consumerName && p.Node == node && p.Sequence == sequence, cancellationToken);
        var stored = await db.Events.AsNoTracking().FirstOrDefaultAsync(e => e.Sequence == sequence, cancellationToken);
        if (parked is null || stored is null || !consumer.Routes.TryGetValue(stored.Type, out var route))
        {
            return ParkedRetry.NotParked;
        }

        try
        {
            await HandleAsync(route, stored, parked.Attempts + 1, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            parked.Attempts++;
            parked.Error = Describe(e);
            parked.ParkedUtc = clock.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken);
            return ParkedRetry.FailedAgain;
        }

        db.ParkedEvents.Remove(parked);
        await db.SaveChangesAsync(cancellationToken);
        return ParkedRetry.Handled;
    }

    /// <summary>The newest committed sequence, or 0 for an empty stream.</summary>
    public async Task<long> HeadAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ShellStateDbContext>();
        return await db.Events.MaxAsync(e => (long?)e.Sequence, cancellationToken) ?? 0;
    }

    /// <summary>Where this process's node consumer <paramref name="name"/> stands, once it has started.</summary>
    internal long? NodePosition(string name) => _nodes.TryGetValue(name, out var cursor) ? cursor.Position : null;

    private async Task<bool> CaughtUpAsync(long head, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ShellStateDbContext>();
        var names = Running.Where(c => c.Kind == EventConsumerKind.Cluster).Select(c => c.Name).ToList();
        var rows = await db.EventConsumers.AsNoTracking().Where(c => names.Contains(c.Name) && c.Node == "").ToListAsync(cancellationToken);
        return rows.Count == names.Count
               && rows.All(r => r.Position >= head)
               && Running.Where(c => c.Kind == EventConsumerKind.Node).All(c => NodePosition(c.Name) >= head);
    }

    private async Task<(int Handled, bool More)> DeliverClusterAsync(EventConsumerDescriptor consumer, long head, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ShellStateDbContext>();
        var now = clock.GetUtcNow();
        var row = await db.EventConsumers.AsNoTracking().FirstOrDefaultAsync(c => c.Name == consumer.Name && c.Node == "", cancellationToken)
                  ?? await CreateRowAsync(db, consumer, "", consumer.Start == EventConsumerStart.Now ? head : 0, now, cancellationToken);
        if (row.LeaseOwner is { } owner && owner != HostNode.Id && row.LeaseUntilUtc > now)
        {
            return (0, false); // another process handles this consumer
        }

        var waiting = row.Position < head;
        if (!waiting && row.LeaseOwner == HostNode.Id && row.LeaseUntilUtc - now > _options.LeaseDuration / 2)
        {
            return (0, false); // nothing to do, and the lease is fresh enough to keep without a write
        }

        if (row.Attempts > 0 && now < row.UpdatedUtc + RetryDelay(consumer.Options, row.Attempts))
        {
            return (0, false); // backing off after a failure
        }

        // Claimed (or renewed) by a conditional update: only one process can move a given version.
        var version = row.Version + 1;
        if (await db.EventConsumers
                .Where(c => c.Name == consumer.Name && c.Node == "" && c.Version == row.Version)
                .ExecuteUpdateAsync(set => set
                    .SetProperty(c => c.LeaseOwner, HostNode.Id)
                    .SetProperty(c => c.LeaseUntilUtc, now + _options.LeaseDuration)
                    .SetProperty(c => c.Version, version), cancellationToken) != 1)
        {
            return (0, false);
        }

        if (!waiting)
        {
            return (0, false);
        }

        var batch = await ReadAsync(db, consumer, row.Position, head, cancellationToken);
        var attempts = row.Attempts;
        var handled = 0;
        foreach (var stored in batch)
        {
            var failure = await TryHandleAsync(consumer, stored, attempts + 1, cancellationToken);
            if (failure is not null && attempts + 1 < consumer.Options.MaxAttempts)
            {
                // Stays at this event; the next round after the delay tries it again.
                await db.EventConsumers
                    .Where(c => c.Name == consumer.Name && c.Node == "" && c.Version == version)
                    .ExecuteUpdateAsync(set => set
                        .SetProperty(c => c.Attempts, attempts + 1)
                        .SetProperty(c => c.LastError, Truncate(failure))
                        .SetProperty(c => c.UpdatedUtc, clock.GetUtcNow())
                        .SetProperty(c => c.Version, version + 1), cancellationToken);
                return (handled, false);
            }

            if (failure is not null)
            {
                await ParkAsync(db, consumer, "", stored, attempts + 1, failure, cancellationToken);
            }

            attempts = 0;
            if (!await MoveAsync(db, consumer.Name, version, stored.Sequence, cancellationToken))
            {
                return (handled, false); // the lease was lost (this process stalled past it): the new holder goes on
            }

            version++;
            handled += failure is null ? 1 : 0;
        }

        var full = batch.Count == _options.BatchSize;
        if (!full && (batch.Count == 0 || batch[^1].Sequence < head))
        {
            // Everything up to the head that this consumer reads is handled: skip the rest of the head in one move.
            await MoveAsync(db, consumer.Name, version, head, cancellationToken);
        }

        return (handled, full);
    }

    private async Task<(int Handled, bool More)> DeliverNodeAsync(EventConsumerDescriptor consumer, long head, CancellationToken cancellationToken)
    {
        var cursor = _nodes.GetOrAdd(consumer.Name, static _ => new NodeCursor());
        await using var scope = scopes.CreateAsyncScope();
        var store = consumer.CursorType is { } type ? (INodeEventCursor)scope.ServiceProvider.GetRequiredService(type) : null;
        var db = scope.ServiceProvider.GetRequiredService<ShellStateDbContext>();
        var now = clock.GetUtcNow();
        if (cursor.Position is null)
        {
            cursor.Position = (store is null ? null : await store.ReadAsync(cancellationToken))
                              ?? (store is null || consumer.Start == EventConsumerStart.Now ? head : 0);
        }

        var position = cursor.Position.Value;
        if (position >= head || (cursor.Attempts > 0 && now < cursor.FailedUtc + RetryDelay(consumer.Options, cursor.Attempts)))
        {
            await ReportNodeAsync(db, consumer, cursor, now, cancellationToken);
            return (0, false);
        }

        var batch = await ReadAsync(db, consumer, position, head, cancellationToken);
        var handled = 0;
        foreach (var stored in batch)
        {
            var failure = await TryHandleAsync(consumer, stored, cursor.Attempts + 1, cancellationToken);
            if (failure is not null && cursor.Attempts + 1 < consumer.Options.MaxAttempts)
            {
                cursor.Attempts++;
                cursor.LastError = failure;
                cursor.FailedUtc = clock.GetUtcNow();
                break;
            }

            if (failure is not null)
            {
                await ParkAsync(db, consumer, HostNode.Id, stored, cursor.Attempts + 1, failure, cancellationToken);
            }

            cursor.Attempts = 0;
            cursor.LastError = null;
            position = stored.Sequence;
            handled += failure is null ? 1 : 0;
        }

        var full = batch.Count == _options.BatchSize;
        if (cursor.Attempts == 0 && !full)
        {
            position = head;
        }

        if (position != cursor.Position)
        {
            if (store is not null)
            {
                await store.WriteAsync(position, cancellationToken);
            }

            cursor.Position = position;
        }

        await ReportNodeAsync(db, consumer, cursor, now, cancellationToken);
        return (handled, full && cursor.Attempts == 0);
    }

    private async Task<List<StoredEvent>> ReadAsync(ShellStateDbContext db, EventConsumerDescriptor consumer, long after, long head, CancellationToken cancellationToken)
    {
        var types = consumer.Routes.Keys.ToList();
        return await db.Events.AsNoTracking()
            .Where(e => e.Sequence > after && e.Sequence <= head && types.Contains(e.Type))
            .OrderBy(e => e.Sequence)
            .Take(_options.BatchSize)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Handles one event in a scope of its own; returns the failure's description, or null on success.</summary>
    private async Task<string?> TryHandleAsync(EventConsumerDescriptor consumer, StoredEvent stored, int attempt, CancellationToken cancellationToken)
    {
        try
        {
            await HandleAsync(consumer.Routes[stored.Type], stored, attempt, cancellationToken);
            return null;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "Consumer {Consumer} failed on event {Sequence} ({Type}), attempt {Attempt}", consumer.Name, stored.Sequence, stored.Type, attempt);
            return Describe(e);
        }
    }

    private async Task HandleAsync(EventRoute route, StoredEvent stored, int attempt, CancellationToken cancellationToken)
    {
        var domainEvent = JsonSerializer.Deserialize(stored.Payload, route.EventType, EventJson.Options)
                          ?? throw new JsonException($"Event {stored.Sequence} has an empty payload.");
        var invoke = Invokers.GetOrAdd((route.EventType, route.HandlerType), static key =>
            InvokeMethod.MakeGenericMethod(key.Event, key.Handler).CreateDelegate<Func<IServiceProvider, object, EventDelivery, CancellationToken, Task>>());
        await using var scope = scopes.CreateAsyncScope();
        await invoke(scope.ServiceProvider, domainEvent, new EventDelivery(stored.Sequence, stored.OccurredUtc, attempt), cancellationToken);
    }

    private static Task InvokeAsync<TEvent, THandler>(IServiceProvider services, object domainEvent, EventDelivery delivery, CancellationToken cancellationToken)
        where TEvent : notnull
        where THandler : IEventHandler<TEvent>
        => services.GetRequiredService<THandler>().HandleAsync((TEvent)domainEvent, delivery, cancellationToken);

    private async Task<EventConsumerRecord> CreateRowAsync(ShellStateDbContext db, EventConsumerDescriptor consumer, string node, long position, DateTimeOffset now, CancellationToken cancellationToken)
    {
        db.EventConsumers.Add(new EventConsumerRecord { Name = consumer.Name, Node = node, Position = position, UpdatedUtc = now });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another process created it first; its row is the one.
        }

        db.ChangeTracker.Clear();
        return await db.EventConsumers.AsNoTracking().SingleAsync(c => c.Name == consumer.Name && c.Node == node, cancellationToken);
    }

    private async Task<bool> MoveAsync(ShellStateDbContext db, string name, long version, long position, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return await db.EventConsumers
            .Where(c => c.Name == name && c.Node == "" && c.Version == version && c.LeaseOwner == HostNode.Id)
            .ExecuteUpdateAsync(set => set
                .SetProperty(c => c.Position, position)
                .SetProperty(c => c.Attempts, 0)
                .SetProperty(c => c.LastError, (string?)null)
                .SetProperty(c => c.LeaseUntilUtc, now + _options.LeaseDuration)
                .SetProperty(c => c.UpdatedUtc, now)
                .SetProperty(c => c.Version, version + 1), cancellationToken) == 1;
    }

    private async Task ParkAsync(ShellStateDbContext db, EventConsumerDescriptor consumer, string node, StoredEvent stored, int attempts, string error, CancellationToken cancellationToken)
    {
        logger.LogError("Consumer {Consumer} parked event {Sequence} ({Type}) after {Attempts} attempts: {Error}", consumer.Name, stored.Sequence, stored.Type, attempts, error);
        if (await db.ParkedEvents.AnyAsync(p => p.Consumer == consumer.Name && p.Node == node && p.Sequence == stored.Sequence, cancellationToken))
        {
            return; // parked before, by a process that died before moving on
        }

        db.ParkedEvents.Add(new ParkedEventRecord
        {
            Consumer = consumer.Name, Node = node, Sequence = stored.Sequence, Type = stored.Type, Attempts = attempts,
            Error = Truncate(error), ParkedUtc = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    /// <summary>Reports where this process's node consumer stands, at most every few seconds unless it is failing.</summary>
    private async Task ReportNodeAsync(ShellStateDbContext db, EventConsumerDescriptor consumer, NodeCursor cursor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (cursor.ReportedPosition == cursor.Position && cursor.ReportedAttempts == cursor.Attempts && now - cursor.ReportedUtc < TimeSpan.FromMinutes(1))
        {
            return;
        }

        var row = await db.EventConsumers.FirstOrDefaultAsync(c => c.Name == consumer.Name && c.Node == HostNode.Id, cancellationToken);
        if (row is null)
        {
            row = new EventConsumerRecord { Name = consumer.Name, Node = HostNode.Id };
            db.EventConsumers.Add(row);
        }

        row.Position = cursor.Position ?? 0;
        row.Attempts = cursor.Attempts;
        row.LastError = cursor.LastError is null ? null : Truncate(cursor.LastError);
        row.UpdatedUtc = now;
        row.Version++;
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        (cursor.ReportedPosition, cursor.ReportedAttempts, cursor.ReportedUtc) = (cursor.Position, cursor.Attempts, now);
    }

    private static TimeSpan RetryDelay(EventConsumerOptions options, int attempts)
    {
        var delay = options.FirstRetryDelay * Math.Pow(2, Math.Min(attempts - 1, 20));
        return delay < options.MaxRetryDelay ? delay : options.MaxRetryDelay;
    }

    private static string Describe(Exception e) => $"{e.GetType().Name}: {e.Message}";

    private static string Truncate(string text) => text.Length <= 4000 ? text : text[..4000];

    private sealed class NodeCursor
    {
        public long? Position;
        public int Attempts;
        public string? LastError;
        public DateTimeOffset FailedUtc;
        public long? ReportedPosition = -1;
        public int ReportedAttempts;
        public DateTimeOffset ReportedUtc;
    }
}

/// <summary>What one delivery round did.</summary>
/// <param name="Handled">Events handled successfully, over all consumers.</param>
/// <param name="More">Some consumer read a full batch and has more waiting.</param>
public sealed record DeliveryRound(int Handled, bool More);

/// <summary>The outcome of retrying a parked event.</summary>
public enum ParkedRetry
{
    Handled,
    FailedAgain,
    NotParked,
    NoSuchConsumer,

    /// <summary>A node consumer's event, parked by another host process: only that process can retry it.</summary>
    OtherNode,
}
