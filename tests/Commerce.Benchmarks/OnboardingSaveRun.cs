using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Commerce.Benchmarks;

/// <summary>
/// Saving application steps through the onboarding API on SQLite: each worker is an applicant signed in with its own
/// cookie, with its own application, and saves the contact step again and again, sending the version it got back
/// (the optimistic concurrency every save goes through). Closed loop, loopback only, like <see cref="LoadRun"/>.
/// </summary>
public static class OnboardingSaveRun
{
    public sealed record Settings(int Workers, TimeSpan Duration, TimeSpan Warmup, int Rounds);

    public static async Task<LoadResult> RunAsync(Settings settings, TextWriter output)
    {
        await using var host = await CommerceBenchHost.StartAsync(["Commerce.Onboarding", "Commerce.Qualifications"]);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Onboarding step saves: {settings.Workers} applicants, {settings.Rounds} rounds of {settings.Duration.TotalSeconds:F0} s, {settings.Warmup.TotalSeconds:F0} s warm-up; SQLite; PUT /api/onboarding/applications/{{id}}/steps/contact"));
        var applicants = new List<Applicant>();
        for (var i = 0; i < settings.Workers; i++)
        {
            applicants.Add(await Applicant.CreateAsync(host, $"bench-applicant-{i}"));
        }

        await RunOnceAsync("warm-up", applicants, settings.Warmup);
        var results = new List<LoadResult>();
        for (var round = 0; round < settings.Rounds; round++)
        {
            var result = await RunOnceAsync("saves", applicants, settings.Duration);
            output.WriteLine($"  round {round + 1}: {result}");
            if (result.Failures > 0)
            {
                throw new InvalidOperationException($"{result.Failures} saves failed.");
            }

            results.Add(result);
        }

        foreach (var applicant in applicants)
        {
            applicant.Dispose();
        }

        return results.OrderBy(r => r.RequestsPerSecond).ElementAt(results.Count / 2);
    }

    private static async Task<LoadResult> RunOnceAsync(string target, IReadOnlyList<Applicant> applicants, TimeSpan duration)
    {
        long failures = 0;
        var latencies = new List<double>[applicants.Count];
        var stopwatch = Stopwatch.StartNew();
        var tasks = applicants.Select((applicant, w) => Task.Run(async () =>
        {
            var mine = latencies[w] = new List<double>(capacity: 1 << 14);
            while (stopwatch.Elapsed < duration)
            {
                var start = Stopwatch.GetTimestamp();
                var ok = await applicant.SaveAsync(mine.Count);
                mine.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                if (!ok)
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

    private sealed class Applicant(HttpClient client, string applicationId, int version) : IDisposable
    {
        private int _version = version;

        public static async Task<Applicant> CreateAsync(CommerceBenchHost host, string userName)
        {
            var created = await host.AdminClient.PostAsJsonAsync("api/identity/users", new { userName, email = $"{userName}@bench.test", password = "Bench-password-1", roles = new[] { "Applicant" } });
            Ensure(created, HttpStatusCode.Created);
            var client = new HttpClient(new SocketsHttpHandler { UseCookies = true, CookieContainer = new CookieContainer(), UseProxy = false, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
            {
                BaseAddress = host.BaseAddress,
            };
            Ensure(await client.PostAsJsonAsync("api/identity/sign-in", new { userName, password = "Bench-password-1" }), HttpStatusCode.OK);
            var started = await client.PostAsJsonAsync("api/onboarding/applications", new { });
            Ensure(started, HttpStatusCode.Created);
            var application = await started.Content.ReadFromJsonAsync<JsonElement>();
            return new Applicant(client, application.GetProperty("id").GetString()!, application.GetProperty("version").GetInt32());
        }

        public async Task<bool> SaveAsync(int n)
        {
            using var response = await client.PutAsJsonAsync($"api/onboarding/applications/{applicationId}/steps/contact", new
            {
                version = _version,
                values = new { name = $"Contact {n}", phone = "13800138000", email = $"contact{n % 100}@bench.test" },
            });
            if (response.StatusCode != HttpStatusCode.OK)
            {
                return false;
            }

            using var body = JsonDocument.Parse(await response.Content.ReadAsStreamAsync());
            _version = body.RootElement.GetProperty("version").GetInt32();
            return true;
        }

        public void Dispose() => client.Dispose();

        private static void Ensure(HttpResponseMessage response, HttpStatusCode status)
        {
            if (response.StatusCode != status)
            {
                throw new InvalidOperationException($"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {response.Content.ReadAsStringAsync().Result}");
            }
        }
    }
}
