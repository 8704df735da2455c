using Commerce.Events;
using Commerce.Merchants;
using Commerce.Modules;
using Commerce.Shells;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Tests.EventProbe;

/// <summary>
/// Three consumers of <see cref="MerchantChanged"/>: <c>Probe.Cluster</c> and <c>Probe.Node</c> append
/// <c>{consumer} {sequence} {node}</c> to the file named by <c>Probe:Log</c>; <c>Probe.Failing</c> does too, but
/// throws for a merchant whose shop name starts with FAIL (retried quickly, parked after three attempts). The node
/// consumer keeps its cursor in a file next to the log, named by <c>Probe:Node</c>, as a local index would.
/// <c>GET /probe/state</c> answers the tenant's <see cref="ProbeIndex"/> (node-local state: it must survive rebuilds of
/// the shell and go when the feature does) with how many were ever created and disposed in this process.
/// </summary>
public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<ProbeLog>();
        services.AddSingleton<NodeCursorFile>();
        services.AddEventConsumer("Probe.Cluster", EventConsumerKind.Cluster).Handle<MerchantChanged, ClusterHandler>();
        services.AddEventConsumer("Probe.Node", EventConsumerKind.Node).WithCursor<NodeCursorFile>().Handle<MerchantChanged, NodeHandler>();
        services.AddEventConsumer("Probe.Failing", EventConsumerKind.Cluster)
            .WithRetries(o => (o.MaxAttempts, o.FirstRetryDelay) = (3, TimeSpan.FromMilliseconds(20)))
            .Handle<MerchantChanged, FailingHandler>();
    }

    public override void Configure(IApplicationBuilder app, IEndpointRouteBuilder routes, IServiceProvider services)
        => routes.MapGet("/probe/state", (INodeLocalState state) =>
            {
                var index = state.GetOrCreate("Commerce.Tests.EventProbe", "index", () => new ProbeIndex());
                return TypedResults.Ok(new { index.Id, ProbeIndex.Created, ProbeIndex.Disposed });
            })
            .ExcludeFromDescription();
}

/// <summary>Stands for a local index with its one writer: counts how many were created and disposed.</summary>
public sealed class ProbeIndex : IAsyncDisposable
{
    private static int _created;
    private static int _disposed;

    public ProbeIndex()
    {
        Interlocked.Increment(ref _created);
    }

    public static int Created => Volatile.Read(ref _created);

    public static int Disposed => Volatile.Read(ref _disposed);

    public Guid Id { get; } = Guid.NewGuid();

    public ValueTask DisposeAsync()
    {
        Interlocked.Increment(ref _disposed);
        return ValueTask.CompletedTask;
    }
}

/// <summary>The probe's log: one file per node, whole lines.</summary>
public sealed class ProbeLog(IConfiguration configuration)
{
    private static readonly object Gate = new();

    public string Path { get; } = configuration["Probe:Log"] ?? throw new InvalidOperationException("Probe:Log is not set.");

    public string Node { get; } = configuration["Probe:Node"] ?? "node";

    /// <summary>
    /// Appends a line to this node's own file (<c>{Probe:Log}.{node}</c>): appends from two processes to one file could
    /// overwrite each other, since .NET appends by seeking to the end.
    /// </summary>
    public void Write(string consumer, long sequence)
    {
        lock (Gate)
        {
            File.AppendAllText(Path + "." + Node, $"{consumer} {sequence} {Node}\n");
        }
    }
}

internal sealed class ClusterHandler(ProbeLog log) : IEventHandler<MerchantChanged>
{
    public Task HandleAsync(MerchantChanged domainEvent, EventDelivery delivery, CancellationToken cancellationToken)
    {
        log.Write("cluster", delivery.Sequence);
        return Task.CompletedTask;
    }
}

internal sealed class NodeHandler(ProbeLog log) : IEventHandler<MerchantChanged>
{
    public Task HandleAsync(MerchantChanged domainEvent, EventDelivery delivery, CancellationToken cancellationToken)
    {
        log.Write("node", delivery.Sequence);
        return Task.CompletedTask;
    }
}

internal sealed class FailingHandler(ProbeLog log, IMerchantRegistry merchants) : IEventHandler<MerchantChanged>
{
    public async Task HandleAsync(MerchantChanged domainEvent, EventDelivery delivery, CancellationToken cancellationToken)
    {
        var merchant = await merchants.FindAsync(domainEvent.MerchantId, cancellationToken);
        if (merchant?.ShopName.StartsWith("FAIL", StringComparison.Ordinal) == true)
        {
            throw new InvalidOperationException($"Shop '{merchant.ShopName}' refused (attempt {delivery.Attempt}).");
        }

        log.Write("failing", delivery.Sequence);
    }
}

/// <summary>The node consumer's cursor, in a file of this node's, like a local index's commit data.</summary>
public sealed class NodeCursorFile(ProbeLog log) : INodeEventCursor
{
    private string File => log.Path + "." + log.Node + ".cursor";

    public ValueTask<long?> ReadAsync(CancellationToken cancellationToken)
        => ValueTask.FromResult(System.IO.File.Exists(File) ? long.Parse(System.IO.File.ReadAllText(File).Trim(), System.Globalization.CultureInfo.InvariantCulture) : (long?)null);

    public ValueTask WriteAsync(long sequence, CancellationToken cancellationToken)
    {
        System.IO.File.WriteAllText(File, sequence.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return ValueTask.CompletedTask;
    }
}
