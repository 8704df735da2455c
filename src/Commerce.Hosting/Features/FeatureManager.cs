using Commerce.Hosting.Modules;
using Commerce.Hosting.Shells;
using Commerce.Hosting.Tenants;
using Commerce.Shells;
using Microsoft.Extensions.Logging;

namespace Commerce.Hosting.Features;

/// <summary>
/// Enables, disables, hides and shows a tenant's features: plans the change on the feature graph, migrates
/// newly enabled features, stores the new set under optimistic concurrency, bumps the tenant's change
/// stamp so every host follows, and swaps this host's shell.
/// </summary>
public sealed class FeatureManager(
    ModuleCatalog catalog,
    ShellHost shells,
    ShellBuilder builder,
    TenantRegistry registry,
    TimeProvider clock,
    ILogger<FeatureManager> logger)
{
    private const int MaxAttempts = 8;
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Every feature the host knows, with its state in the tenant.</summary>
    public async Task<IReadOnlyList<FeatureState>> ListAsync(string tenantName, CancellationToken cancellationToken = default)
    {
        var blueprint = await shells.LoadBlueprintAsync(tenantName, cancellationToken);
        var enabled = blueprint.Features.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        return catalog.Graph.Ordered
            .Where(f => blueprint.Tenant.IsDefault || !f.DefaultTenantOnly)
            .Select(f => new FeatureState(
                f.Id, f.Name, f.Description, f.Category, f.Module.Id, f.Dependencies,
                enabled.Contains(f.Id), blueprint.Hidden.Contains(f.Id),
                f.AlwaysEnabled, f.DefaultTenantOnly, f.EnabledByDependencyOnly))
            .ToList();
    }

    /// <summary>
    /// What <see cref="ChangeAsync"/> would do, without doing it: the dependencies an enable pulls in, the
    /// dependents a disable refuses or cascades to. Admin pages show this before the user confirms.
    /// </summary>
    public async Task<FeatureChangeResult> PreviewAsync(string tenantName, FeatureAction action, string featureId, bool cascade = false, CancellationToken cancellationToken = default)
    {
        var record = await registry.FindAsync(tenantName, cancellationToken)
            ?? throw new InvalidOperationException($"Tenant '{tenantName}' does not exist.");
        var state = await ShellStateStore.LoadAsync(shells.DatabaseOf(record), cancellationToken);
        var isDefault = string.Equals(record.Name, TenantInfo.DefaultName, StringComparison.OrdinalIgnoreCase);
        var before = catalog.Graph.Complete(state.Enabled, isDefault);
        return Plan(before, state.Hidden, Request(action, [featureId], cascade), isDefault).Result;
    }

    public Task<FeatureChangeResult> ChangeAsync(string tenantName, FeatureAction action, IReadOnlyCollection<string> featureIds, bool cascade = false, CancellationToken cancellationToken = default)
        => ApplyAsync(tenantName, Request(action, featureIds, cascade), cancellationToken);

    private static FeatureRequest Request(FeatureAction action, IReadOnlyCollection<string> featureIds, bool cascade) => action switch
    {
        FeatureAction.Enable => new FeatureRequest(featureIds, [], [], [], false),
        FeatureAction.Disable => new FeatureRequest([], featureIds, [], [], cascade),
        FeatureAction.Hide => new FeatureRequest([], [], featureIds, [], false),
        FeatureAction.Show => new FeatureRequest([], [], [], featureIds, false),
        _ => throw new ArgumentOutOfRangeException(nameof(action)),
    };

    /// <summary>Applies several changes as one: enable, then disable, then hide and show.</summary>
    public async Task<FeatureChangeResult> ApplyAsync(string tenantName, FeatureRequest request, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                var record = await registry.FindAsync(tenantName, cancellationToken)
                    ?? throw new InvalidOperationException($"Tenant '{tenantName}' does not exist.");
                var database = shells.DatabaseOf(record);
                var state = await ShellStateStore.LoadAsync(database, cancellationToken);
                var isDefault = string.Equals(record.Name, TenantInfo.DefaultName, StringComparison.OrdinalIgnoreCase);
                var before = catalog.Graph.Complete(state.Enabled, isDefault);

                var outcome = Plan(before, state.Hidden, request, isDefault);
                if (!outcome.Result.Succeeded)
                {
                    return outcome.Result;
                }

                var (result, after, hidden) = outcome;
                var known = state.Features.Keys.Where(id => catalog.Graph.Find(id) is not null).ToHashSet(StringComparer.Ordinal);
                var unchanged = after.SetEquals(known) && hidden.SetEquals(state.Hidden.Where(known.Contains));
                if (unchanged)
                {
                    return result;
                }

                if (result.Enabled.Count > 0)
                {
                    await MigrateAsync(record, database, after, hidden, result.Enabled, cancellationToken);
                }

                var stored = after.ToDictionary(id => id, hidden.Contains, StringComparer.Ordinal);

                // Features this process does not know (a plugin it lacks, a module of a newer node) are kept
                // as they were: a change made here must not erase another process's features.
                foreach (var (id, wasHidden) in state.Features.Where(f => catalog.Graph.Find(f.Key) is null))
                {
                    stored[id] = wasHidden;
                }
                if (!await ShellStateStore.TrySaveAsync(database, state.Version, stored, clock.GetUtcNow(), cancellationToken))
                {
                    if (attempt == MaxAttempts)
                    {
                        throw new InvalidOperationException($"Tenant '{tenantName}': the feature set kept changing under this request.");
                    }

                    logger.LogInformation("Tenant {Tenant}: feature set changed concurrently, planning again", tenantName);
                    continue;
                }

                await shells.NotifyChangedAsync(record.Name, cancellationToken);
                logger.LogInformation(
                    "Tenant {Tenant}: enabled [{Enabled}], disabled [{Disabled}], hidden [{Hidden}], shown [{Shown}]",
                    tenantName, string.Join(", ", result.Enabled), string.Join(", ", result.Disabled),
                    string.Join(", ", result.Hidden), string.Join(", ", result.Shown));
                return result;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private (FeatureChangeResult Result, HashSet<string> After, HashSet<string> Hidden) Plan(
        IReadOnlySet<string> before, IReadOnlySet<string> hiddenBefore, FeatureRequest request, bool isDefault)
    {
        var graph = catalog.Graph;
        IReadOnlySet<string> current = before;
        var enabled = new List<string>();
        var disabled = new List<string>();
        if (request.Enable.Count > 0)
        {
            var plan = graph.PlanEnable(current, request.Enable, isDefault);
            if (!plan.Accepted)
            {
                return Refuse(plan);
            }

            enabled.AddRange(plan.Enabled);
            current = plan.Result;
        }

        if (request.Disable.Count > 0)
        {
            var plan = graph.PlanDisable(current, request.Disable, request.Cascade);
            if (!plan.Accepted)
            {
                return Refuse(plan);
            }

            disabled.AddRange(plan.Disabled);
            current = plan.Result;
        }

        var hidden = hiddenBefore.Where(current.Contains).ToHashSet(StringComparer.Ordinal);
        var newlyHidden = new List<string>();
        var shown = new List<string>();
        foreach (var id in request.Hide.Concat(request.Show))
        {
            if (graph.Find(id) is null)
            {
                return (FeatureChangeResult.Refused(FeaturePlanError.UnknownFeature, $"No module declares a feature '{id}'.", [id]), [], []);
            }

            if (!current.Contains(id))
            {
                return (FeatureChangeResult.Refused(FeaturePlanError.NotEnabled, $"Feature '{id}' is not enabled; only an enabled feature can be hidden or shown.", [id]), [], []);
            }
        }

        foreach (var id in request.Hide)
        {
            if (hidden.Add(id))
            {
                newlyHidden.Add(id);
            }
        }

        foreach (var id in request.Show)
        {
            if (hidden.Remove(id))
            {
                shown.Add(id);
            }
        }

        var after = current.ToHashSet(StringComparer.Ordinal);
        return (new FeatureChangeResult(FeaturePlanError.None, null, [], enabled, disabled, newlyHidden, shown), after, hidden);

        static (FeatureChangeResult, HashSet<string>, HashSet<string>) Refuse(FeaturePlan plan)
            => (FeatureChangeResult.Refused(plan.Error, plan.Message!, plan.Related), [], []);
    }

    /// <summary>Runs the schema migrations of newly enabled features before the new set is stored.</summary>
    private async Task MigrateAsync(
        Data.Host.TenantRecord record,
        Data.DatabaseLocation database,
        IReadOnlySet<string> after,
        IReadOnlySet<string> hidden,
        IReadOnlyList<string> newlyEnabled,
        CancellationToken cancellationToken)
    {
        var settings = await ShellStateStore.LoadSettingsAsync(database, cancellationToken);
        var state = new ShellState(after.ToDictionary(id => id, hidden.Contains, StringComparer.Ordinal), 0);
        var blueprint = shells.CreateBlueprint(record, database, state, settings);
        await using var services = builder.BuildServices(blueprint);
        await ShellMigrator.MigrateAsync(services, newlyEnabled, cancellationToken);
    }
}
