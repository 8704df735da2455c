namespace Commerce.Benchmarks;

/// <summary>The ids of the benchmark module's twenty features and the one whose toggling is measured.</summary>
public static class BenchFeatures
{
    public static readonly IReadOnlyList<string> All = Enumerable.Range(1, 20).Select(i => $"Bench.F{i:00}").ToList();

    /// <summary>
    /// Toggled by the benchmark: nothing depends on it and it depends on others, so enabling it has a dependency
    /// closure to check and disabling it needs no cascade.
    /// </summary>
    public const string Toggled = "Bench.F20";

    public const string ToggledPath = "/bench/f20";

    public const string Ping = "Bench.Ping";
}
