using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Commerce.Hosting.Features;
using Commerce.Shells;

namespace Commerce.Benchmarks;

/// <summary>
/// Time from issuing one feature change until an HTTP request sees the new shell: <c>/bench/f20</c> answers 404
/// after a disable or hide and 200 after an enable or show. Twenty benchmark features are enabled on the tenant.
/// One iteration is one change (Monitoring strategy, one invocation); the iteration setup, which is not timed,
/// puts the feature back in the state the change starts from.
/// </summary>
[Config(typeof(Config))]
public class ToggleBenchmarks
{
    private CommerceBenchHost _host = null!;

    /// <summary>How the change is issued: the management API over HTTP, or <see cref="FeatureManager"/> in the host process.</summary>
    public enum Route
    {
        Api,
        FeatureManager,
    }

    [Params(Route.Api, Route.FeatureManager)]
    public Route Via { get; set; }

    [ParamsAllValues]
    public FeatureAction Change { get; set; }

    [GlobalSetup]
    public async Task StartAsync() => _host = await CommerceBenchHost.StartAsync([.. BenchFeatures.All]);

    [GlobalCleanup]
    public async Task StopAsync() => await _host.DisposeAsync();

    [IterationSetup]
    public void PutFeatureInStartingState() => ToggleRun.PrepareAsync(_host, Change).GetAwaiter().GetResult();

    /// <summary>Returns how many requests it took to see the change (1 when the change is visible as soon as it returns).</summary>
    [Benchmark]
    public Task<int> ToggleUntilObserved() => ToggleRun.ChangeAndObserveAsync(_host, Via == Route.Api, Change);

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddJob(Job.Default
                .WithToolchain(InProcessEmitToolchain.Instance)
                .WithStrategy(RunStrategy.Monitoring)
                .WithLaunchCount(1)
                .WithWarmupCount(5)
                .WithIterationCount(40)
                .WithInvocationCount(1)
                .WithUnrollFactor(1)
                .WithId("toggle"));
            AddColumn(StatisticColumn.Median, StatisticColumn.P95, StatisticColumn.Min, StatisticColumn.Max);

            // Reports go next to the program, not into whatever folder it was started from.
            ArtifactsPath = Path.Combine(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts");
        }
    }
}
