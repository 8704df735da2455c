using System.Collections.Concurrent;
using Commerce.Data;
using Commerce.Data.Host;
using Commerce.Hosting.Modules;
using Commerce.Hosting.Tenants;
using Commerce.Shells;
using Microsoft.Extensions.Logging;

namespace Commerce.Hosting.Shells;

/// <summary>
/// Keeps one running shell per tenant. Shells are built on first use; a change builds the new shell
/// first, then swaps it in: new requests go to the new shell while in-flight ones finish on the old one,
/// which is disposed after its last request.
/// </summary>
public sealed class ShellHost(
    ModuleCatalog catalog,
    TenantRegistry registry,
    DatabaseLocator locator,
    ShellBuilder builder,
    NodeStateRegistry nodeStates,
    ILogger<ShellHost> logger) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, TenantSlot> _slots = new(StringComparer.OrdinalIgnoreCase);
    private volatile IReadOnlyList<TenantRecord> _tenants = [];
    private int _liveShells;
    private Task _preload = Task.CompletedTask;

    /// <summary>Running tenants as last read from the registry, for request routing.</summary>
    public IReadOnlyList<TenantRecord> Tenants => _tenants;

    /// <summary>Shells built and not yet disposed, across all tenants (old ones still draining included).</summary>
    public int LiveShellCount => Volatile.Read(ref _liveShells);

    /// <summary>Reads the tenant registry; shells are built when first needed.</summary>
    public async Task LoadTenantsAsync(CancellationToken cancellationToken = default)
        => _tenants = await registry.ListAsync(cancellationToken);

    /// <summary>
    /// Starts building the shells of <paramref name="tenantNames"/> that are running, one after the other, without
    /// waiting: a request for one of them meanwhile waits for its build instead of starting another. A failed build
    /// is logged and left to the tenant's next request, which tries again and reports the error.
    /// </summary>
    public Task PreloadAsync(IEnumerable<string> tenantNames, CancellationToken cancellationToken = default)
    {
        var running = tenantNames
            .Where(name => _tenants.Any(t => t.State == TenantStates.Running && t.Name.Equals(name, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        return _preload = running.Count == 0 ? Task.CompletedTask : Task.Run(async () =>
        {
            foreach (var name in running)
            {
                try
                {
                    await GetShellAsync(name, cancellationToken);
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception e)
                {
                    logger.LogError(e, "Building the shell of tenant {Tenant} at start-up failed; its next request tries again", name);
                }
            }
        }, CancellationToken.None);
    }

    /// <summary>The tenant's current shell, built if needed. Callers enter it before use.</summary>
    public async ValueTask<ShellContext> GetShellAsync(string tenantName, CancellationToken cancellationToken = default)
    {
        var slot = _slots.GetOrAdd(tenantName, _ => new TenantSlot());
        if (slot.Current is { IsReleased: false } current)
        {
            return current;
        }

        await slot.Gate.WaitAsync(cancellationToken);
        try
        {
            if (slot.Current is { IsReleased: false } built)
            {
                return built;
            }

            var shell = await BuildAsync(tenantName, firstActivation: true, previous: null, cancellationToken);
            slot.Current = shell;
            return shell;
        }
        finally
        {
            slot.Gate.Release();
        }
    }

    /// <summary>The tenant's current shell if one is built in this process, without building one. Callers enter it before use.</summary>
    public ShellContext? CurrentShell(string tenantName)
        => _slots.TryGetValue(tenantName, out var slot) && slot.Current is { IsReleased: false } current ? current : null;

    /// <summary>
    /// Rebuilds the tenant's shell from its stored state, if one is running here; otherwise the next request
    /// builds it. A failed build leaves the running shell in place.
    /// </summary>
    public async Task ReloadAsync(string tenantName, CancellationToken cancellationToken = default)
    {
        await LoadTenantsAsync(cancellationToken);
        if (!_slots.TryGetValue(tenantName, out var slot))
        {
            return;
        }

        await slot.Gate.WaitAsync(cancellationToken);
        try
        {
            var previous = slot.Current;
            if (previous is null)
            {
                return;
            }

            if (_tenants.FirstOrDefault(t => t.Name.Equals(tenantName, StringComparison.OrdinalIgnoreCase)) is not { State: TenantStates.Running })
            {
                slot.Current = null;
                previous.Release();
                await nodeStates.ReleaseAsync(tenantName, null);
                return;
            }

            var next = await BuildAsync(tenantName, firstActivation: false, previous, cancellationToken);
            slot.Current = next;
            previous.Release();
            await nodeStates.ReleaseAsync(tenantName, next.Blueprint.Features.Select(f => f.Id).ToHashSet(StringComparer.Ordinal));
            logger.LogInformation("Tenant {Tenant} now runs shell stamp {Stamp}", tenantName, next.Blueprint.Stamp);
        }
        finally
        {
            slot.Gate.Release();
        }
    }

    /// <summary>
    /// Compares every tenant's change stamp with the shell running here and rebuilds those that changed
    /// elsewhere (another host process or the CLI).
    /// </summary>
    public async Task RefreshAsync(CancellationToken cancellationToken = default)
    {
        var stamps = await registry.StampsAsync(cancellationToken);
        var known = _tenants;
        var listChanged = stamps.Count != known.Count || known.Any(t => !stamps.TryGetValue(t.Name, out var s) || s != t.Stamp);
        if (listChanged)
        {
            await LoadTenantsAsync(cancellationToken);
        }

        foreach (var (name, slot) in _slots)
        {
            if (slot.Current is { } shell && (!stamps.TryGetValue(name, out var stamp) || stamp != shell.Blueprint.Stamp))
            {
                await ReloadAsync(name, cancellationToken);
            }
        }
    }

    /// <summary>Reads a tenant's stored state and makes a blueprint of it.</summary>
    public async Task<ShellBlueprint> LoadBlueprintAsync(string tenantName, CancellationToken cancellationToken = default)
    {
        // The stamp is read before the state: a change landing in between leaves a newer stamp, so the
        // next refresh rebuilds again instead of missing it.
        var record = await registry.FindAsync(tenantName, cancellationToken)
            ?? throw new InvalidOperationException($"Tenant '{tenantName}' does not exist.");
        var database = DatabaseOf(record);
        var state = await ShellStateStore.LoadAsync(database, cancellationToken);
        var settings = await ShellStateStore.LoadSettingsAsync(database, cancellationToken);
        return CreateBlueprint(record, database, state, settings);
    }

    /// <summary>A blueprint for <paramref name="state"/>, completed with always-enabled features and dependencies.</summary>
    public ShellBlueprint CreateBlueprint(TenantRecord record, DatabaseLocation database, ShellState state, IReadOnlyDictionary<string, string> settings)
    {
        var tenant = new TenantInfo(record.Name, record.RequestUrlPrefix, record.RequestUrlHost);
        var enabled = catalog.Graph.Complete(state.Enabled, tenant.IsDefault);
        var features = catalog.Graph.Order(enabled);
        var hidden = state.Hidden.Where(enabled.Contains).ToHashSet(StringComparer.Ordinal);
        return new ShellBlueprint(tenant, database, record.Stamp, features, hidden, settings);
    }

    /// <summary>Builds a shell's container without a pipeline, for migrations and recipe steps. The caller disposes it.</summary>
    public Microsoft.Extensions.DependencyInjection.ServiceProvider CreateServices(ShellBlueprint blueprint) => builder.BuildServices(blueprint);

    /// <summary>Tells every host that the tenant changed (bumps its stamp) and rebuilds the shell here.</summary>
    public async Task NotifyChangedAsync(string tenantName, CancellationToken cancellationToken = default)
    {
        await registry.BumpStampAsync(tenantName, cancellationToken);
        await ReloadAsync(tenantName, cancellationToken);
    }

    public DatabaseLocation DatabaseOf(TenantRecord record)
        => locator.ForTenant(record.Name, record.DatabaseProvider, record.ConnectionString, record.Schema);

    public async ValueTask DisposeAsync()
    {
        // A preload still under way would otherwise leave a shell behind (its log says why it stopped).
        await _preload;
        foreach (var slot in _slots.Values)
        {
            if (slot.Current is { } shell)
            {
                slot.Current = null;
                await shell.DisposeAsync();
            }
        }

        await nodeStates.DisposeAsync();
    }

    private async Task<ShellContext> BuildAsync(string tenantName, bool firstActivation, ShellContext? previous, CancellationToken cancellationToken)
    {
        var blueprint = await LoadBlueprintAsync(tenantName, cancellationToken);
        if (firstActivation)
        {
            // Brings every enabled feature's schema up to date: this is where a module upgrade migrates.
            await ShellStateStore.MigrateAsync(blueprint.Database, cancellationToken);
        }

        var shell = builder.Build(blueprint);
        var live = Interlocked.Increment(ref _liveShells);
        _ = shell.Disposed.ContinueWith(_ => Interlocked.Decrement(ref _liveShells), TaskScheduler.Default);
        logger.LogInformation("Built the shell of tenant {Tenant}; {LiveShells} shells are built in this process", tenantName, live);
        try
        {
            var newFeatures = previous is null
                ? blueprint.Features.Select(f => f.Id).ToList()
                : blueprint.Features.Select(f => f.Id).Except(previous.Blueprint.Features.Select(f => f.Id)).ToList();
            if (firstActivation || newFeatures.Count > 0)
            {
                await ShellMigrator.MigrateAsync(shell.Services, newFeatures, cancellationToken);
            }
        }
        catch
        {
            await shell.DisposeAsync();
            throw;
        }

        return shell;
    }

    private sealed class TenantSlot
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public volatile ShellContext? Current;
    }
}
