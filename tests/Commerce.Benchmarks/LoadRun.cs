using System.Diagnostics;
using System.Globalization;

namespace Commerce.Benchmarks;

/// <summary>What one load run measured.</summary>
public sealed record LoadResult(string Target, long Requests, long Failures, TimeSpan Elapsed, Sample LatencyMs)
{
    public double RequestsPerSecond => Requests / Elapsed.TotalSeconds;

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Target,-10} {RequestsPerSecond,9:F0} rps  {Requests,8} requests  {Failures} failed  latency p50 {LatencyMs.Median:F2} ms  p99 {LatencyMs.Percentile(99):F2} ms");
}

/// <summary>
/// A closed-loop load generator: <c>workers</c> concurrent loops, each sending GET, reading the whole body and
/// checking it, then sending the next. Bounded by a duration and a total request count; loopback only.
/// </summary>
public static class LoadRun
{
    public static async Task<LoadResult> RunAsync(string target, Uri baseAddress, string path, string expectedBody, int workers, TimeSpan duration, long maxRequests)
    {
        if (!baseAddress.IsLoopback)
        {
            throw new ArgumentException("Load runs go to loopback addresses only.", nameof(baseAddress));
        }

        using var client = Loopback.CreateClient(baseAddress, workers);
        long requests = 0, failures = 0;
        var latencies = new List<double>[workers];
        var stopwatch = Stopwatch.StartNew();
        var tasks = Enumerable.Range(0, workers).Select(w => Task.Run(async () =>
        {
            var mine = latencies[w] = new List<double>(capacity: 1 << 16);
            while (stopwatch.Elapsed < duration && Interlocked.Increment(ref requests) <= maxRequests)
            {
                var start = Stopwatch.GetTimestamp();
                using var response = await client.GetAsync(path);
                var body = await response.Content.ReadAsStringAsync();
                mine.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                if (!response.IsSuccessStatusCode || body != expectedBody)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        })).ToArray();
        await Task.WhenAll(tasks);
        stopwatch.Stop();
        var all = latencies.SelectMany(l => l).ToList();
        return new LoadResult(target, all.Count, failures, stopwatch.Elapsed, new Sample(all));
    }
}
