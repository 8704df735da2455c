using System.Collections.Concurrent;
using Commerce.Shells;
using Microsoft.Extensions.Logging;

namespace Commerce.Hosting.Shells;

/// <summary>
/// The host's store of <see cref="INodeLocalState"/> instances, by tenant, feature and key. It belongs to the host, not
/// to a shell, so a rebuilt shell finds the same instances; <see cref="ShellHost"/> releases those whose feature a new
/// shell no longer enables, and all of a tenant's when it stops.
/// </summary>
public sealed class NodeStateRegistry(ILogger<NodeStateRegistry> logger) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<(string Tenant, string Feature, string Key), Lazy<IAsyncDisposable>> _states = new();

    /// <summary>How many instances are held, over all tenants.</summary>
    public int Count => _states.Count;

    internal T GetOrCreate<T>(string tenant, string featureId, string key, Func<T> create)
        where T : class, IAsyncDisposable
    {
        var entry = _states.GetOrAdd((tenant.ToLowerInvariant(), featureId, key), _ => new Lazy<IAsyncDisposable>(create, LazyThreadSafetyMode.ExecutionAndPublication));
        return entry.Value as T ?? throw new InvalidOperationException($"Node state '{key}' of feature {featureId} is a {entry.Value.GetType().Name}, not a {typeof(T).Name}.");
    }

    /// <summary>Disposes the tenant's instances whose feature is not in <paramref name="enabledFeatures"/> (all of them for null).</summary>
    public async Task ReleaseAsync(string tenant, IReadOnlySet<string>? enabledFeatures)
    {
        var name = tenant.ToLowerInvariant();
        foreach (var key in _states.Keys.Where(k => k.Tenant == name && (enabledFeatures is null || !enabledFeatures.Contains(k.Feature))).ToList())
        {
            if (_states.TryRemove(key, out var entry) && entry.IsValueCreated)
            {
                await DisposeAsync(key, entry.Value);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var key in _states.Keys.ToList())
        {
            if (_states.TryRemove(key, out var entry) && entry.IsValueCreated)
            {
                await DisposeAsync(key, entry.Value);
            }
        }
    }

    private async Task DisposeAsync((string Tenant, string Feature, string Key) key, IAsyncDisposable state)
    {
        try
        {
            await state.DisposeAsync();
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Disposing node state {Key} of feature {Feature} in tenant {Tenant} failed", key.Key, key.Feature, key.Tenant);
        }
    }
}

/// <summary>A shell's view of the <see cref="NodeStateRegistry"/>: its own tenant's instances.</summary>
internal sealed class ShellNodeLocalState(NodeStateRegistry registry, TenantInfo tenant) : INodeLocalState
{
    public T GetOrCreate<T>(string featureId, string key, Func<T> create)
        where T : class, IAsyncDisposable
        => registry.GetOrCreate(tenant.Name, featureId, key, create);
}
