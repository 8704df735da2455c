using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Commerce.Qualifications;
using Commerce.Qualifications.Domain;

namespace Commerce.Benchmarks;

/// <summary>
/// Evaluating one merchant's requirements against the compiled rule index, as every requirements page, upload and
/// daily expiry run does: 20 categories, 5 brands, 40 documents, against a catalog of 500 rules on 70 industries
/// (three levels deep, so inheritance and overrides are exercised), 60 document types and 100 categories.
/// </summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
public class QualificationsBenchmarks
{
    private RuleIndex _index = null!;
    private QualificationProfile _profile = null!;
    private DocumentDetails[] _documents = null!;
    private EvaluationClock _clock = null!;
    private Dictionary<string, DateTimeOffset> _dueSince = null!;

    [GlobalSetup]
    public void Setup()
    {
        var catalog = SyntheticCatalog.Create(rules: 500);
        _index = catalog.ToIndex();
        var random = new Random(20261127);
        var categories = catalog.Categories.OrderBy(_ => random.Next()).Take(20).Select(c => c.Code).ToArray();
        _profile = new QualificationProfile(
            categories,
            ["Acme", "Zenith", "Lotus", "Phoenix", "Jade"],
            new Dictionary<string, string> { ["isProducer"] = "false", ["sellsImported"] = "true", ["sellsAlcohol"] = "false" },
            "flagship");
        var today = new DateOnly(2026, 11, 27);
        _documents = [.. catalog.DocumentTypes.Take(40).Select((t, i) => new DocumentDetails(
            t.Code, i % 8 == 0 ? "Acme" : null, "N" + i, today.AddMonths(-i % 14), i % 3 == 0 ? null : today.AddDays(i * 7 - 60), "Authority", ["f" + i],
            i % 5 == 0 ? DocumentReview.Pending : DocumentReview.Verified))];
        _clock = new EvaluationClock(new DateTimeOffset(2026, 11, 27, 2, 0, 0, TimeSpan.Zero), TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"), EvaluationClock.DefaultWarningWindow);
        _dueSince = _index.Evaluate(_profile, _documents, _clock).Items.ToDictionary(i => i.Key, _ => _clock.Now.AddDays(-10));
    }

    /// <summary>Returns the number of requirement items, so the work cannot be optimized away.</summary>
    [Benchmark]
    public int EvaluateMerchant() => _index.Evaluate(_profile, _documents, _clock, _dueSince).Items.Count;

    /// <summary>What a rule change costs before the next evaluation: compiling the whole catalog again.</summary>
    [Benchmark]
    public int CompileCatalog() => SyntheticCatalog.Shared.ToIndex().Categories.Count;

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithId("qualifications"));
            AddColumn(StatisticColumn.Median, StatisticColumn.P95);
            ArtifactsPath = Path.Combine(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts");
        }
    }
}
