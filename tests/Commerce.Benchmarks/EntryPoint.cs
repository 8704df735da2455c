using System.Globalization;
using System.Runtime;
using System.Runtime.InteropServices;
using BenchmarkDotNet.Running;

namespace Commerce.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/Commerce.Benchmarks -- COMMAND [options]</c>, where COMMAND is
/// toggle (BenchmarkDotNet), toggle-breakdown, throughput, coldstart, qualifications (BenchmarkDotNet), onboarding, events
/// (commit-to-handler latency of the event stream), idle-tenants or all.
/// </summary>
public static class EntryPoint
{
    private const double ToggleTargetMs = 100;
    private const double ThroughputTargetRatio = 0.8;
    private const double ColdStartTargetMs = 2000;
    private const double QualificationsTargetMs = 1;
    private const double OnboardingTargetRps = 1000;
    private const double OnboardingTargetP99Ms = 50;
    private const double EventLatencyTargetMs = 100;
    private const double IdleCpuTargetPercent = 2;

    public static async Task<int> Main(string[] args)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            PrintUsage();
            return args.Length == 0 ? 2 : 0;
        }

        var command = args[0];
        var options = Options.Parse(args.Skip(1));
        DescribeMachine(Console.Out);
        var load = new MachineLoad();
        try
        {
            return await RunAsync(command, options);
        }
        finally
        {
            Console.WriteLine(load.Describe());
        }
    }

    private static async Task<int> RunAsync(string command, Options options)
    {
        switch (command)
        {
            case "toggle":
                RunToggle();
                return 0;
            case "toggle-breakdown":
                await ToggleBreakdown.RunAsync(options.Int("rounds", 20), Console.Out);
                return 0;
            case "throughput":
                await RunThroughputAsync(options);
                return 0;
            case "coldstart":
                await RunColdStartAsync(options);
                return 0;
            case "qualifications":
                RunQualifications();
                return 0;
            case "onboarding":
                await RunOnboardingAsync(options);
                return 0;
            case "events":
                await RunEventsAsync(options);
                return 0;
            case "idle-tenants":
                await RunIdleTenantsAsync(options);
                return 0;
            case "all":
                RunToggle();
                await ToggleBreakdown.RunAsync(options.Int("rounds", 20), Console.Out);
                await RunThroughputAsync(options);
                await RunColdStartAsync(options);
                RunQualifications();
                await RunOnboardingAsync(options);
                return 0;
            default:
                Console.Error.WriteLine($"Unknown command '{command}'.");
                PrintUsage();
                return 2;
        }
    }

    private static void RunToggle()
    {
        var summary = BenchmarkRunner.Run<ToggleBenchmarks>();
        Console.WriteLine();
        Console.WriteLine($"Toggle to new shell serving (target: median <= {ToggleTargetMs} ms):");
        foreach (var report in summary.Reports)
        {
            var statistics = report.ResultStatistics;
            var name = report.BenchmarkCase.Parameters.DisplayInfo;
            if (statistics is null)
            {
                Console.WriteLine($"  {name}: no result");
                continue;
            }

            var median = statistics.Median / 1e6;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {name,-40} median {median,6:F1} ms  p95 {statistics.Percentiles.P95 / 1e6,6:F1} ms  n={statistics.N}  {(median <= ToggleTargetMs ? "met" : "MISSED")}"));
        }
    }

    private static void RunQualifications()
    {
        var summary = BenchmarkRunner.Run<QualificationsBenchmarks>();
        Console.WriteLine();
        Console.WriteLine($"Qualifications evaluation, 20 categories, 5 brands, 500 rules (target: median < {QualificationsTargetMs} ms):");
        foreach (var report in summary.Reports)
        {
            if (report.ResultStatistics is not { } statistics)
            {
                Console.WriteLine($"  {report.BenchmarkCase.Descriptor.WorkloadMethod.Name}: no result");
                continue;
            }

            var median = statistics.Median / 1e6;
            var verdict = report.BenchmarkCase.Descriptor.WorkloadMethod.Name == nameof(QualificationsBenchmarks.EvaluateMerchant)
                ? (median < QualificationsTargetMs ? "met" : "MISSED")
                : "";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {report.BenchmarkCase.Descriptor.WorkloadMethod.Name,-20} median {median,8:F4} ms  p95 {statistics.Percentiles.P95 / 1e6,8:F4} ms  {verdict}"));
        }
    }

    private static async Task RunThroughputAsync(Options options)
    {
        var settings = new ThroughputRun.Settings(
            Workers: options.Int("workers", 8),
            Duration: TimeSpan.FromSeconds(options.Int("seconds", 10)),
            Warmup: TimeSpan.FromSeconds(options.Int("warmup", 3)),
            MaxRequests: options.Int("max-requests", 2_000_000),
            Rounds: options.Int("rounds-load", 3));
        var (bare, _, tenant) = await ThroughputRun.RunAsync(settings, Console.Out);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Throughput verdict: tenant/bare {tenant / bare:P1} (target >= {ThroughputTargetRatio:P0}): {(tenant / bare >= ThroughputTargetRatio ? "met" : "MISSED")}"));
    }

    private static async Task RunOnboardingAsync(Options options)
    {
        var settings = new OnboardingSaveRun.Settings(
            Workers: options.Int("workers", 8),
            Duration: TimeSpan.FromSeconds(options.Int("seconds", 10)),
            // A save runs through EF Core, SQLite and JSON code that tiered compilation is still optimising seconds
            // after start; twenty seconds of saves first measure the steady state a running host is in.
            Warmup: TimeSpan.FromSeconds(options.Int("warmup", 20)),
            Rounds: options.Int("rounds-load", 3),
            SavesPerApplication: options.Int("saves-per-application", 16),
            SqlProfile: options.String("sql-profile") is not null);
        var rounds = await OnboardingSaveRun.RunAsync(settings, Console.Out);
        var median = rounds.OrderBy(r => r.All.RequestsPerSecond).ElementAt(rounds.Count / 2);
        var p99 = median.All.LatencyMs.Percentile(99);
        var met = median.All.RequestsPerSecond >= OnboardingTargetRps && p99 < OnboardingTargetP99Ms;
        var first = rounds[0].All.RequestsPerSecond;
        var last = rounds[^1].All.RequestsPerSecond;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Onboarding rounds: {string.Join(", ", rounds.Select(r => r.All.RequestsPerSecond.ToString("F0", CultureInfo.InvariantCulture)))} requests/s; last round {last / first - 1:+0%;-0%;0%} against the first"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Onboarding verdict (median round, every request of the mix): {median.All.RequestsPerSecond:F0}/s, p99 {p99:F1} ms (target >= {OnboardingTargetRps:F0}/s, p99 < {OnboardingTargetP99Ms:F0} ms): {(met ? "met" : "MISSED")}"));
    }

    private static async Task RunEventsAsync(Options options)
    {
        var sample = await EventLatencyRun.RunAsync(options.Int("rounds", 5), options.Int("events", 200), Console.Out);
        var p99 = sample.Percentile(99);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Event latency verdict (commit to handler, same process, target p99 <= {EventLatencyTargetMs:F0} ms): median {sample.Median:F1} ms, p99 {p99:F1} ms {(p99 <= EventLatencyTargetMs ? "met" : "MISSED")}"));
    }

    private static async Task RunColdStartAsync(Options options)
    {
        var (first, second) = await ColdStartRun.RunAsync(options.Int("runs", 5), options.String("dll"), Console.Out);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Cold start verdict (first 200 on /, target < {ColdStartTargetMs:F0} ms): first start median {first.Median:F0} ms {(first.Median < ColdStartTargetMs ? "met" : "MISSED")}, second start median {second.Median:F0} ms {(second.Median < ColdStartTargetMs ? "met" : "MISSED")}"));
    }

    private static async Task RunIdleTenantsAsync(Options options)
    {
        var settings = new IdleTenantsRun.Settings(
            Tenants: options.Int("tenants", 200),
            Idle: TimeSpan.FromSeconds(options.Int("seconds", 60)),
            Rounds: options.Int("rounds", 5),
            BuildRounds: options.Int("build-rounds", 1),
            Settle: TimeSpan.FromSeconds(options.Int("settle", 0)),
            DataPath: options.String("data"),
            Dll: options.String("dll"));
        var rounds = await IdleTenantsRun.RunAsync(settings, Console.Out);
        var worst = rounds.Max(r => r.IdleCpuPercent);
        var woken = rounds.Sum(r => r.ShellsBuiltWhileIdle);
        var met = worst <= IdleCpuTargetPercent && woken == 0;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Idle tenants verdict: worst round {worst:F2} % of one core, {woken} shells built while idle (target <= {IdleCpuTargetPercent:F0} %, none built): {(met ? "met" : "MISSED")}"));
    }

    private static void DescribeMachine(TextWriter output)
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        output.WriteLine($"Machine: {RuntimeInformation.OSDescription}, {cpu ?? RuntimeInformation.ProcessArchitecture.ToString()}, {Environment.ProcessorCount} logical cores");
        output.WriteLine($"Runtime: {RuntimeInformation.FrameworkDescription}, {(GCSettings.IsServerGC ? "server" : "workstation")} GC");
        output.WriteLine();
    }

    private static void PrintUsage() => Console.WriteLine("""
        Commerce benchmarks. Run in Release:
          dotnet run -c Release --project tests/Commerce.Benchmarks -- COMMAND [options]

        Commands:
          toggle             BenchmarkDotNet: time from a feature change (API or FeatureManager; disable, enable,
                             hide, show) until a request sees the new shell, 20 benchmark features enabled
          toggle-breakdown   where a toggle's time goes, step by step       [--rounds 20]
          throughput         rps through a tenant pipeline vs a bare endpoint
                             [--workers 8] [--seconds 10] [--warmup 3] [--rounds-load 3] [--max-requests 2000000]
          coldstart          Release Commerce.Web process start to first 200, fresh and existing data folder
                             [--runs 5] [--dll path/to/Commerce.Web.dll]
          qualifications     BenchmarkDotNet: evaluating one merchant's requirements (20 categories, 5 brands)
                             against 500 rules, and compiling the rule index
          onboarding         application saves per second and their latency, through the onboarding API on SQLite:
                             step saves with a submit, review and reject (each staging an event) per application
                             [--workers 8] [--seconds 10] [--warmup 20] [--rounds-load 3] [--saves-per-application 16]
                             [--sql-profile]: SQL statements' mean time in each round
          events             commit-to-handler latency of the event stream in one process, one event at a time
                             [--rounds 5] [--events 200]
          idle-tenants       many idle tenants on one SQLite host: start-up, memory per tenant, idle CPU and shells
                             built over an idle period (Release Commerce.Web processes)
                             [--tenants 200] [--seconds 60] [--rounds 5] [--build-rounds 1] [--settle 0]
                             [--data reusable/prepared/folder] [--dll path/to/Commerce.Web.dll]
          all                all of the above except idle-tenants
        """);

    private sealed class Options(Dictionary<string, string> values)
    {
        public static Options Parse(IEnumerable<string> args)
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            string? key = null;
            foreach (var arg in args)
            {
                if (arg.StartsWith("--", StringComparison.Ordinal))
                {
                    key = arg[2..];
                    values[key] = "true";
                }
                else if (key is not null)
                {
                    values[key] = arg;
                    key = null;
                }
            }

            return new Options(values);
        }

        public int Int(string name, int fallback) => values.TryGetValue(name, out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

        public string? String(string name) => values.GetValueOrDefault(name);
    }
}
