using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Events;

/// <summary>Who handles each event of an event consumer.</summary>
public enum EventConsumerKind
{
    /// <summary>
    /// Exactly one host process handles each event (under a renewed lease on the consumer's cursor row): for work
    /// whose effect lands in the shared database, such as a ledger, notifications or another module's copy of a record.
    /// </summary>
    Cluster,

    /// <summary>
    /// Every host process handles every event into state of its own (a search index, a cache). The cursor belongs
    /// to that local state (<see cref="INodeEventCursor"/>); without one it starts at the stream's head when the
    /// process starts.
    /// </summary>
    Node,
}

/// <summary>Where a new consumer (one the tenant's stream has no cursor for yet) starts reading.</summary>
public enum EventConsumerStart
{
    /// <summary>At the oldest event still stored: the consumer catches up on what it missed.</summary>
    Beginning,

    /// <summary>After the newest event: only changes made from now on.</summary>
    Now,
}

/// <summary>Retry policy of a consumer.</summary>
public sealed class EventConsumerOptions
{
    /// <summary>Deliveries of one event before it is parked. Default 5.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Wait before the first retry; it doubles on each further failure. Default 1 s.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between two attempts. Default 1 minute.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>
/// A consumer of a tenant's event stream as a feature declares it: a stable name (its cursor's key), its kind and
/// the handler of each event type it reads. Registered as a shell singleton, so it exists only while its feature is
/// enabled; its cursor stays in the database and it resumes where it stopped when the feature comes back.
/// </summary>
public sealed class EventConsumerDescriptor(string name, EventConsumerKind kind)
{
    private readonly Dictionary<string, EventRoute> _routes = new(StringComparer.Ordinal);

    public string Name { get; } = name;

    public EventConsumerKind Kind { get; } = kind;

    public EventConsumerStart Start { get; set; } = EventConsumerStart.Beginning;

    public EventConsumerOptions Options { get; } = new();

    /// <summary>For a node consumer: the service type (an <see cref="INodeEventCursor"/>) that keeps its cursor, or null.</summary>
    public Type? CursorType { get; set; }

    /// <summary>
    /// Features that must be enabled for the consumer to read: while one is off the consumer waits at its cursor
    /// (events are kept for it), and catches up once the feature is back.
    /// </summary>
    public IList<string> RequiredFeatures { get; } = [];

    /// <summary>Event type names this consumer reads, with the CLR type and handler of each.</summary>
    public IReadOnlyDictionary<string, EventRoute> Routes => _routes;

    internal void Add(EventRoute route)
    {
        if (!_routes.TryAdd(route.TypeName, route))
        {
            throw new InvalidOperationException($"Event consumer '{Name}' already handles {route.TypeName}.");
        }
    }
}

/// <summary>One event type of a consumer: how to read it and which handler gets it.</summary>
public sealed record EventRoute(string TypeName, Type EventType, Type HandlerType);

/// <summary>Keeps a node consumer's cursor with the local state it feeds, so both survive or vanish together.</summary>
public interface INodeEventCursor
{
    /// <summary>The last sequence the local state includes, or null when it has none (a new or discarded index).</summary>
    ValueTask<long?> ReadAsync(CancellationToken cancellationToken);

    /// <summary>Records that the local state includes every event up to <paramref name="sequence"/>.</summary>
    ValueTask WriteAsync(long sequence, CancellationToken cancellationToken);
}

/// <summary>Declares the handlers of one consumer.</summary>
public sealed class EventConsumerBuilder(IServiceCollection services, EventConsumerDescriptor descriptor)
{
    public EventConsumerDescriptor Descriptor { get; } = descriptor;

    /// <summary>Routes events of type <typeparamref name="TEvent"/> to <typeparamref name="THandler"/> (registered scoped here).</summary>
    public EventConsumerBuilder Handle<TEvent, THandler>()
        where TEvent : notnull
        where THandler : class, IEventHandler<TEvent>
    {
        Descriptor.Add(new EventRoute(EventTypeName.Of<TEvent>(), typeof(TEvent), typeof(THandler)));
        services.AddScoped<THandler>();
        return this;
    }

    /// <summary>Starts a consumer the stream has no cursor for after the newest event instead of at the oldest.</summary>
    public EventConsumerBuilder StartingNow()
    {
        Descriptor.Start = EventConsumerStart.Now;
        return this;
    }

    /// <summary>Keeps a node consumer's cursor in <typeparamref name="TCursor"/> (a shell singleton the feature registers).</summary>
    public EventConsumerBuilder WithCursor<TCursor>()
        where TCursor : class, INodeEventCursor
    {
        if (Descriptor.Kind != EventConsumerKind.Node)
        {
            throw new InvalidOperationException($"Event consumer '{Descriptor.Name}' is a cluster consumer; its cursor is kept by the host.");
        }

        Descriptor.CursorType = typeof(TCursor);
        return this;
    }

    /// <summary>
    /// Pauses the consumer while <paramref name="featureId"/> is disabled, instead of handling events it could not
    /// complete: for example notices that need the notifications feature.
    /// </summary>
    public EventConsumerBuilder WhenEnabled(string featureId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(featureId);
        Descriptor.RequiredFeatures.Add(featureId);
        return this;
    }

    /// <summary>Changes the consumer's retry policy.</summary>
    public EventConsumerBuilder WithRetries(Action<EventConsumerOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        configure(Descriptor.Options);
        return this;
    }
}

public static class EventConsumerServiceCollectionExtensions
{
    /// <summary>
    /// Declares a consumer of the tenant's event stream for the feature whose startup calls it. The
    /// <paramref name="name"/> is the cursor's key: keep it stable across releases (for example <c>Qualifications.Merchants</c>).
    /// </summary>
    public static EventConsumerBuilder AddEventConsumer(this IServiceCollection services, string name, EventConsumerKind kind)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (name.Length > 128)
        {
            throw new ArgumentException("An event consumer's name has at most 128 characters.", nameof(name));
        }

        var descriptor = new EventConsumerDescriptor(name, kind);
        services.AddSingleton(descriptor);
        return new EventConsumerBuilder(services, descriptor);
    }
}
