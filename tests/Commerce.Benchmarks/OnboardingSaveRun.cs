using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Commerce.Benchmarks;

/// <summary>
/// Saving applications through the onboarding API on SQLite, with the transactional outbox in the path. The tenant
/// takes Quick-mode applications (one form). Each worker is an applicant signed in with its own cookie and goes
/// through applications one after the other: start one, save the form in full, save it again
/// <see cref="Settings.SavesPerApplication"/> − 1 times (two fields, sending the version it got back: the optimistic
/// concurrency every save goes through), submit it, and as the auditor (API key) start its review and reject it, so
/// the applicant can start the next. Submit, review and reject each commit a transition with its
/// <c>ApplicationTransitioned</c> event in the same save, which the host's event pump delivers while the run goes on;
/// applications, transitions and events accumulate, as in a running marketplace. With
/// <see cref="Settings.SavesPerApplication"/> 0 a worker only saves the form of one application, again and again.
/// Closed loop, loopback only, like <see cref="LoadRun"/>.
/// </summary>
public static class OnboardingSaveRun
{
    public sealed record Settings(int Workers, TimeSpan Duration, TimeSpan Warmup, int Rounds, int SavesPerApplication, bool SqlProfile = false);

    /// <summary>The rounds' results: every request of the mix, and the step saves alone.</summary>
    public sealed record Round(LoadResult All, LoadResult StepSaves, long Submits);

    public static async Task<IReadOnlyList<Round>> RunAsync(Settings settings, TextWriter output)
    {
        await using var host = await CommerceBenchHost.StartAsync(["Commerce.Onboarding", "Commerce.Qualifications"]);
        await UseQuickModeAsync(host.AdminClient);
        var cycle = settings.SavesPerApplication <= 0
            ? "the form of one application saved again and again (no event staged)"
            : string.Create(CultureInfo.InvariantCulture,
                $"per application: start, {settings.SavesPerApplication} step saves, submit, review, reject ({settings.SavesPerApplication + 4} requests, 4 application saves of which 3 stage an event)");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Onboarding saves: {settings.Workers} applicants, {settings.Rounds} rounds of {settings.Duration.TotalSeconds:F0} s, {settings.Warmup.TotalSeconds:F0} s warm-up; SQLite; {cycle}"));
        var applicants = new List<Applicant>();
        for (var i = 0; i < settings.Workers; i++)
        {
            applicants.Add(await Applicant.CreateAsync(host, $"bench-applicant-{i}", settings.SavesPerApplication));
        }

        using var profile = settings.SqlProfile ? new SqlProfile() : null;
        var statements = new List<IReadOnlyDictionary<string, (long Count, double TotalMs, long Rows)>>();
        await RunOnceAsync(applicants, settings.Warmup);
        profile?.TakeRound();
        var rounds = new List<Round>();
        for (var round = 0; round < settings.Rounds; round++)
        {
            var result = await RunOnceAsync(applicants, settings.Duration);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  round {round + 1}: all {result.All}"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"           step saves {result.StepSaves.RequestsPerSecond,6:F0}/s  p50 {result.StepSaves.LatencyMs.Median:F2} ms  p99 {result.StepSaves.LatencyMs.Percentile(99):F2} ms;  submits {result.Submits}"));
            if (result.All.Failures > 0)
            {
                throw new InvalidOperationException($"{result.All.Failures} requests failed: {applicants.Select(a => a.LastFailure).FirstOrDefault(f => f is not null)}");
            }

            rounds.Add(result);
            if (profile is not null)
            {
                statements.Add(profile.TakeRound());
            }
        }

        if (profile is not null)
        {
            SqlProfile.Write(output, statements);
        }

        foreach (var applicant in applicants)
        {
            applicant.Dispose();
        }

        return rounds;
    }

    private static async Task UseQuickModeAsync(HttpClient admin)
    {
        var settings = await admin.GetFromJsonAsync<JsonElement>("api/onboarding/settings");
        var saved = await admin.PutAsJsonAsync("api/onboarding/settings", new { mode = "Quick", maxChangeRounds = 3, autoApproveIndividuals = false, version = settings.GetProperty("version").GetInt32() });
        Applicant.Ensure(saved, HttpStatusCode.OK);
    }

    private static async Task<Round> RunOnceAsync(IReadOnlyList<Applicant> applicants, TimeSpan duration)
    {
        long failures = 0;
        var all = new List<double>[applicants.Count];
        var steps = new List<double>[applicants.Count];
        var submitsBefore = applicants.Sum(a => a.Submits);
        var stopwatch = Stopwatch.StartNew();
        var tasks = applicants.Select((applicant, w) => Task.Run(async () =>
        {
            var mine = all[w] = new List<double>(capacity: 1 << 14);
            var mySteps = steps[w] = new List<double>(capacity: 1 << 14);
            while (stopwatch.Elapsed < duration)
            {
                var start = Stopwatch.GetTimestamp();
                var (ok, stepSave) = await applicant.NextAsync();
                var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                mine.Add(elapsed);
                if (stepSave)
                {
                    mySteps.Add(elapsed);
                }

                if (!ok)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        })).ToArray();
        await Task.WhenAll(tasks);
        stopwatch.Stop();
        var allSample = all.SelectMany(l => l).ToList();
        var stepSample = steps.SelectMany(l => l).ToList();
        return new Round(
            new LoadResult("requests", allSample.Count, failures, stopwatch.Elapsed, new Sample(allSample)),
            new LoadResult("step saves", stepSample.Count, 0, stopwatch.Elapsed, new Sample(stepSample.Count == 0 ? [0] : stepSample)),
            applicants.Sum(a => a.Submits) - submitsBefore);
    }

    private sealed class Applicant(HttpClient client, HttpClient auditor, int savesPerApplication) : IDisposable
    {
        private string _applicationId = "";
        private int _version;
        private int _step; // 0: start, 1..saves: step saves, then submit, review, reject

        public long Submits { get; private set; }

        public string? LastFailure { get; private set; }

        public static async Task<Applicant> CreateAsync(CommerceBenchHost host, string userName, int savesPerApplication)
        {
            var created = await host.AdminClient.PostAsJsonAsync("api/identity/users", new { userName, email = $"{userName}@bench.test", password = "Bench-password-1", roles = new[] { "Applicant" } });
            Ensure(created, HttpStatusCode.Created);
            var client = NewClient(host.BaseAddress);
            Ensure(await client.PostAsJsonAsync("api/identity/sign-in", new { userName, password = "Bench-password-1" }), HttpStatusCode.OK);
            var auditor = NewClient(host.BaseAddress);
            auditor.DefaultRequestHeaders.Add("X-Api-Key", CommerceWebFactory.ApiKey);
            var applicant = new Applicant(client, auditor, savesPerApplication);
            if (!(await applicant.NextAsync()).Ok || !(await applicant.NextAsync()).Ok)
            {
                throw new InvalidOperationException($"Starting {userName}'s application failed: {applicant.LastFailure}");
            }

            return applicant;
        }

        /// <summary>The next request of this applicant's cycle; whether it succeeded and whether it was a step save.</summary>
        public async Task<(bool Ok, bool StepSave)> NextAsync()
        {
            var n = _step;
            if (n == 0)
            {
                _step = 1;
                return (await SendAsync(client.PostAsJsonAsync("api/onboarding/applications", new { }), HttpStatusCode.Created, started: true), false);
            }

            if (savesPerApplication <= 0 || n <= savesPerApplication)
            {
                _step = savesPerApplication <= 0 ? 2 : n + 1;
                object values = n == 1
                    ? new
                    {
                        shopName = "Bench Pickles", shopType = "individual", contactName = "Li Hua", contactPhone = "13800138000", categories = new[] { "food.packaged" },
                        legalName = "Li Hua Pickles (individual business)", creditCode = "92350100M000100Y40", registeredAddress = "3 Market Lane, Fuzhou", region = "350100", terms = true,
                    }
                    : new { contactName = $"Contact {n}", contactPhone = n % 2 == 0 ? "13800138000" : "13900139000" };
                return (await SendAsync(client.PutAsJsonAsync($"api/onboarding/applications/{_applicationId}/steps/quick", new { version = _version, values }), HttpStatusCode.OK), true);
            }

            var action = n - savesPerApplication;
            _step = action == 3 ? 0 : n + 1;
            switch (action)
            {
                case 1:
                    Submits++;
                    return (await SendAsync(client.PostAsJsonAsync($"api/onboarding/applications/{_applicationId}/submit", new { version = _version }), HttpStatusCode.OK), false);
                case 2:
                    return (await SendAsync(auditor.PostAsJsonAsync($"api/onboarding/audit/{_applicationId}/review", new { version = _version }), HttpStatusCode.OK), false);
                default:
                    return (await SendAsync(auditor.PostAsJsonAsync($"api/onboarding/audit/{_applicationId}/reject", new { version = _version, reason = "Benchmark" }), HttpStatusCode.OK), false);
            }
        }

        private async Task<bool> SendAsync(Task<HttpResponseMessage> request, HttpStatusCode expected, bool started = false)
        {
            using var response = await request;
            if (response.StatusCode != expected)
            {
                LastFailure = $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
                _step = 0; // start over with a new application
                return false;
            }

            using var body = JsonDocument.Parse(await response.Content.ReadAsStreamAsync());
            if (started)
            {
                _applicationId = body.RootElement.GetProperty("id").GetString()!;
            }

            _version = body.RootElement.GetProperty("version").GetInt32();
            return true;
        }

        public void Dispose()
        {
            client.Dispose();
            auditor.Dispose();
        }

        private static HttpClient NewClient(Uri baseAddress)
            => new(new SocketsHttpHandler { UseCookies = true, CookieContainer = new CookieContainer(), UseProxy = false, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
            {
                BaseAddress = baseAddress,
            };

        public static void Ensure(HttpResponseMessage response, HttpStatusCode status)
        {
            if (response.StatusCode != status)
            {
                throw new InvalidOperationException($"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {response.Content.ReadAsStringAsync().Result}");
            }
        }
    }
}
