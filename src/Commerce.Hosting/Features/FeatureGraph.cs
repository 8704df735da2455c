using Commerce.Hosting.Modules;

namespace Commerce.Hosting.Features;

/// <summary>
/// All features and their dependencies, validated once: every dependency exists and there is no cycle.
/// Answers what enabling or disabling a feature would do to a tenant's feature set.
/// </summary>
public sealed class FeatureGraph
{
    private readonly Dictionary<string, FeatureDescriptor> _features;
    private readonly Dictionary<string, int> _rank;
    private readonly Dictionary<string, List<string>> _dependents;

    public FeatureGraph(IEnumerable<FeatureDescriptor> features)
    {
        _features = new Dictionary<string, FeatureDescriptor>(StringComparer.Ordinal);
        foreach (var feature in features)
        {
            if (!_features.TryAdd(feature.Id, feature))
            {
                var first = _features[feature.Id].Module.Id;
                throw new ModuleConfigurationException(
                    $"Feature '{feature.Id}' is declared by module '{first}' and again by module '{feature.Module.Id}'.",
                    feature.Module.Id,
                    feature.Id);
            }
        }

        foreach (var feature in _features.Values)
        {
            foreach (var dependency in feature.Dependencies)
            {
                if (!_features.ContainsKey(dependency))
                {
                    throw new ModuleConfigurationException(
                        $"Module '{feature.Module.Id}': feature '{feature.Id}' depends on '{dependency}', which no module declares.",
                        feature.Module.Id,
                        feature.Id);
                }
            }
        }

        Ordered = TopologicalOrder();
        _rank = Ordered.Select((f, i) => (f.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        _dependents = _features.Keys.ToDictionary(id => id, _ => new List<string>(), StringComparer.Ordinal);
        foreach (var feature in Ordered)
        {
            foreach (var dependency in feature.Dependencies)
            {
                _dependents[dependency].Add(feature.Id);
            }
        }
    }

    /// <summary>Every feature, each after the features it depends on; ties keep declaration order.</summary>
    public IReadOnlyList<FeatureDescriptor> Ordered { get; }

    public FeatureDescriptor? Find(string id) => _features.GetValueOrDefault(id);

    /// <summary>Sorts <paramref name="ids"/> in dependency order, dropping ids no module declares.</summary>
    public IReadOnlyList<FeatureDescriptor> Order(IEnumerable<string> ids) => ids
        .Where(_rank.ContainsKey)
        .Distinct(StringComparer.Ordinal)
        .OrderBy(id => _rank[id])
        .Select(id => _features[id])
        .ToList();

    /// <summary>The features <paramref name="id"/> needs, directly or through others.</summary>
    public IReadOnlySet<string> DependenciesOf(string id)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>(_features[id].Dependencies);
        while (stack.TryPop(out var next))
        {
            if (result.Add(next))
            {
                foreach (var dependency in _features[next].Dependencies)
                {
                    stack.Push(dependency);
                }
            }
        }

        return result;
    }

    /// <summary>The features of <paramref name="within"/> that need <paramref name="id"/>, directly or through others.</summary>
    public IReadOnlySet<string> DependentsOf(string id, IReadOnlySet<string> within)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>(_dependents[id]);
        while (stack.TryPop(out var next))
        {
            if (within.Contains(next) && result.Add(next))
            {
                foreach (var dependent in _dependents[next])
                {
                    stack.Push(dependent);
                }
            }
        }

        return result;
    }

    /// <summary>
    /// The feature set a tenant actually runs with: the stored set plus always-enabled features and every
    /// dependency, minus unknown features and, outside the Default tenant, default-tenant-only ones.
    /// </summary>
    public IReadOnlySet<string> Complete(IEnumerable<string> stored, bool isDefaultTenant)
    {
        var set = new HashSet<string>(stored.Where(_features.ContainsKey), StringComparer.Ordinal);
        set.UnionWith(_features.Values.Where(f => f.AlwaysEnabled).Select(f => f.Id));
        foreach (var id in set.ToList())
        {
            set.UnionWith(DependenciesOf(id));
        }

        if (!isDefaultTenant)
        {
            var refused = set.Where(id => _features[id].DefaultTenantOnly).ToList();
            foreach (var id in refused)
            {
                set.Remove(id);
                set.ExceptWith(DependentsOf(id, set));
            }
        }

        return set;
    }

    /// <summary>What enabling <paramref name="ids"/> does: the dependencies it pulls in, or why it cannot.</summary>
    public FeaturePlan PlanEnable(IReadOnlySet<string> enabled, IReadOnlyCollection<string> ids, bool isDefaultTenant)
    {
        var next = new HashSet<string>(enabled, StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (Find(id) is not { } feature)
            {
                return FeaturePlan.Refuse(FeaturePlanError.UnknownFeature, $"No module declares a feature '{id}'.", [id]);
            }

            if (feature.EnabledByDependencyOnly && !enabled.Contains(id))
            {
                return FeaturePlan.Refuse(
                    FeaturePlanError.EnabledByDependencyOnly,
                    $"Feature '{id}' is enabled only by enabling a feature that depends on it.",
                    [id]);
            }

            next.Add(id);
            next.UnionWith(DependenciesOf(id));
        }

        if (!isDefaultTenant && next.Where(f => _features[f].DefaultTenantOnly).ToList() is { Count: > 0 } defaultOnly)
        {
            return FeaturePlan.Refuse(
                FeaturePlanError.DefaultTenantOnly,
                $"Only the Default tenant can enable {Describe(defaultOnly)}.",
                defaultOnly);
        }

        return FeaturePlan.Accept(this, enabled, next);
    }

    /// <summary>
    /// What disabling <paramref name="ids"/> does. Refused while enabled features depend on them, naming those,
    /// unless <paramref name="cascade"/> asks to disable the dependents too. Features enabled only by
    /// dependency that nothing needs any more go off as well.
    /// </summary>
    public FeaturePlan PlanDisable(IReadOnlySet<string> enabled, IReadOnlyCollection<string> ids, bool cascade)
    {
        var next = new HashSet<string>(enabled, StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (Find(id) is not { } feature)
            {
                return FeaturePlan.Refuse(FeaturePlanError.UnknownFeature, $"No module declares a feature '{id}'.", [id]);
            }

            if (feature.AlwaysEnabled)
            {
                return FeaturePlan.Refuse(FeaturePlanError.AlwaysEnabled, $"Feature '{id}' is always enabled.", [id]);
            }

            var dependents = DependentsOf(id, next).Where(d => !ids.Contains(d)).ToList();
            if (dependents.Count > 0 && !cascade)
            {
                return FeaturePlan.Refuse(
                    FeaturePlanError.HasDependents,
                    $"Feature '{id}' is needed by {Describe(dependents)}; disable those first or ask for the cascade.",
                    Order(dependents).Select(f => f.Id).ToList());
            }

            if (dependents.Any(d => _features[d].AlwaysEnabled))
            {
                var pinned = dependents.Where(d => _features[d].AlwaysEnabled).ToList();
                return FeaturePlan.Refuse(FeaturePlanError.AlwaysEnabled, $"Feature '{id}' is needed by always-enabled {Describe(pinned)}.", pinned);
            }

            next.Remove(id);
            next.ExceptWith(dependents);
        }

        RemoveOrphanedDependencyOnlyFeatures(next);
        return FeaturePlan.Accept(this, enabled, next);
    }

    private void RemoveOrphanedDependencyOnlyFeatures(HashSet<string> set)
    {
        bool removed;
        do
        {
            removed = false;
            foreach (var id in set.Where(id => _features[id].EnabledByDependencyOnly).ToList())
            {
                if (DependentsOf(id, set).Count == 0)
                {
                    set.Remove(id);
                    removed = true;
                }
            }
        }
        while (removed);
    }

    private static string Describe(IReadOnlyCollection<string> ids)
        => (ids.Count == 1 ? "feature " : "features ") + string.Join(", ", ids.Select(id => $"'{id}'"));

    private List<FeatureDescriptor> TopologicalOrder()
    {
        var order = new List<FeatureDescriptor>(_features.Count);
        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false: visiting, true: done
        var path = new Stack<string>();

        foreach (var feature in _features.Values)
        {
            Visit(feature);
        }

        return order;

        void Visit(FeatureDescriptor feature)
        {
            if (state.TryGetValue(feature.Id, out var done))
            {
                if (!done)
                {
                    var cycle = path.Reverse().SkipWhile(id => id != feature.Id).Append(feature.Id);
                    throw new ModuleConfigurationException(
                        $"Module '{feature.Module.Id}': feature '{feature.Id}' is part of a dependency cycle: {string.Join(" -> ", cycle)}.",
                        feature.Module.Id,
                        feature.Id);
                }

                return;
            }

            state[feature.Id] = false;
            path.Push(feature.Id);
            foreach (var dependency in feature.Dependencies)
            {
                Visit(_features[dependency]);
            }

            path.Pop();
            state[feature.Id] = true;
            order.Add(feature);
        }
    }
}
