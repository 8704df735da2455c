using System.Globalization;

namespace Commerce.Benchmarks;

/// <summary>
/// Requests per second through the Default tenant's pipeline (<c>/ping</c> of the Bench.Ping feature, with the
/// twenty benchmark features enabled too) against a bare ASP.NET Core endpoint with the same body, and against a
/// plain app running the shell's middleware ("middleware"), which splits the gap into the middleware's share and
/// the tenant layer's. All servers and the client share this process and the machine's cores; each round runs
/// the sides in a different order.
/// </summary>
public static class ThroughputRun
{
    public sealed record Settings(int Workers, TimeSpan Duration, TimeSpan Warmup, long MaxRequests, int Rounds);

    public static async Task<(double Bare, double Middleware, double Tenant)> RunAsync(Settings settings, TextWriter output)
    {
        await using var bare = await BareHost.StartAsync();
        await using var middleware = await BareHost.StartAsync(shellMiddleware: true);
        await using var commerce = await CommerceBenchHost.StartAsync([.. BenchFeatures.All, BenchFeatures.Ping]);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Throughput: {settings.Workers} workers, {settings.Rounds} rounds of {settings.Duration.TotalSeconds:F0} s per side (at most {settings.MaxRequests} requests), {settings.Warmup.TotalSeconds:F0} s warm-up per side."));
        var sides = new Dictionary<string, Uri>
        {
            ["bare"] = bare.BaseAddress,
            ["middleware"] = middleware.BaseAddress,
            ["tenant"] = commerce.BaseAddress,
        };
        foreach (var (side, address) in sides)
        {
            output.WriteLine($"  {side,-10} {address}ping");
        }

        output.WriteLine($"  (tenant: the Default tenant with {BenchFeatures.All.Count + 1} benchmark features enabled)");
        foreach (var (side, address) in sides)
        {
            await LoadRun.RunAsync(side, address, "/ping", "pong", settings.Workers, settings.Warmup, settings.MaxRequests);
        }

        var runs = sides.Keys.ToDictionary(side => side, _ => new List<LoadResult>());
        var names = sides.Keys.ToArray();
        for (var round = 0; round < settings.Rounds; round++)
        {
            // Rotate the order so no side always runs first (or last) in a round.
            foreach (var side in names.Skip(round % names.Length).Concat(names.Take(round % names.Length)))
            {
                var result = await LoadRun.RunAsync(side, sides[side], "/ping", "pong", settings.Workers, settings.Duration, settings.MaxRequests);
                runs[side].Add(result);
                output.WriteLine($"  round {round + 1}: {result}");
                if (result.Failures > 0)
                {
                    throw new InvalidOperationException($"{side}: {result.Failures} requests failed or answered another body.");
                }
            }
        }

        var bareRps = Median(runs["bare"].Select(r => r.RequestsPerSecond));
        var middlewareRps = Median(runs["middleware"].Select(r => r.RequestsPerSecond));
        var tenantRps = Median(runs["tenant"].Select(r => r.RequestsPerSecond));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  median of rounds: bare {bareRps:F0} rps, middleware {middlewareRps:F0} rps ({middlewareRps / bareRps:P1} of bare), tenant {tenantRps:F0} rps ({tenantRps / bareRps:P1} of bare, {tenantRps / middlewareRps:P1} of middleware)"));
        return (bareRps, middlewareRps, tenantRps);
    }

    private static double Median(IEnumerable<double> values) => new Sample(values).Median;
}
