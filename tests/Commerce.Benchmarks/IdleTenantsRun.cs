using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.Data.Sqlite;

namespace Commerce.Benchmarks;

/// <summary>
/// Many idle tenants on one SQLite host. A data folder with <c>tenants</c> tenants (Default and T001…) is prepared once
/// (through the management API of a running host, which also runs every tenant's jobs once so each tenant's next due time
/// is in the registry) and reused by every round. Each round starts the Release build of Commerce.Web as its own process
/// with the default <c>PreloadShells</c> and measures: the time from process start to the first 200 on <c>/health</c>,
/// its resident set once the Default shell is built, the process's CPU time over an idle period (utime + stime from
/// <c>/proc/PID/stat</c>, as a share of one core) and the shells built meanwhile (the host logs each build). The first
/// <c>build-rounds</c> rounds then build every tenant's shell (one request each) and read the resident set again. A
/// process on a fresh folder (the Default tenant only) gives the baseline for the memory of a tenant without a shell.
/// </summary>
public static class IdleTenantsRun
{
    /// <summary>
    /// A pause before each RSS reading, so the figure is the process at rest rather than mid-allocation after the work
    /// just done; memory has no condition to wait for, so this is a fixed pause by design.
    /// </summary>
    private static readonly TimeSpan SettleBeforeRss = TimeSpan.FromSeconds(5);

    private const string ApiKey = "idle-tenants-api-key-0123";
    private const string BuiltLine = "Built the shell of tenant";

    public sealed record Settings(int Tenants, TimeSpan Idle, int Rounds, int BuildRounds, TimeSpan Settle, string? DataPath, string? Dll);

    public sealed record Round(double HealthMs, double StartRssMb, double IdleCpuPercent, int ShellsBuiltWhileIdle, double MachineBusy, double? AllBuiltRssMb, double? BuildAllSeconds);

    public static async Task<IReadOnlyList<Round>> RunAsync(Settings settings, TextWriter output)
    {
        var dll = settings.Dll ?? await ColdStartRun.EnsureReleaseBuildAsync(output);
        var others = settings.Tenants - 1;
        using var temporary = settings.DataPath is null ? new TempFolder("commerce-idle") : null;
        var data = settings.DataPath ?? temporary!.Path;
        Directory.CreateDirectory(data);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Idle tenants: {settings.Tenants} tenants (Default + {others}) on one SQLite data folder ({data}), {settings.Rounds} rounds of {settings.Idle.TotalSeconds:F0} s idle starting {5 + settings.Settle.TotalSeconds:F0} s after the Default shell is built, `dotnet {dll}`."));

        var prepared = Stopwatch.StartNew();
        await PrepareAsync(dll, data, others, settings.Rounds * (settings.Idle + TimeSpan.FromMinutes(5)), output);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  data folder ready in {prepared.Elapsed.TotalSeconds:F0} s"));

        // The baseline: one tenant (Default), the same start and settle, on a folder an earlier start set up.
        double baselineRss;
        using (var fresh = new TempFolder("commerce-idle-one"))
        {
            await using (var setUp = await HostProcess.StartAsync(dll, fresh.Path))
            {
                await setUp.WaitForLogAsync($"{BuiltLine} Default", TimeSpan.FromSeconds(120));
            }

            await using var one = await HostProcess.StartAsync(dll, fresh.Path);
            await one.WaitForLogAsync($"{BuiltLine} Default", TimeSpan.FromSeconds(120));
            await Task.Delay(SettleBeforeRss);
            baselineRss = one.RssMb();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  baseline (Default only, its shell built): RSS {baselineRss:F1} MB"));
        }

        var rounds = new List<Round>();
        for (var number = 1; number <= settings.Rounds; number++)
        {
            var round = await RunRoundAsync(dll, data, others, settings.Idle, settings.Settle, number <= settings.BuildRounds);
            rounds.Add(round);
            var allBuilt = round.AllBuiltRssMb is { } all
                ? string.Create(CultureInfo.InvariantCulture, $"; all {settings.Tenants} shells built in {round.BuildAllSeconds:F0} s: RSS {all:F1} MB")
                : "";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  round {number}: /health {round.HealthMs:F0} ms, RSS after start {round.StartRssMb:F1} MB, idle CPU {round.IdleCpuPercent:F2} % of one core, shells built while idle {round.ShellsBuiltWhileIdle}, machine {round.MachineBusy:P0} busy (load avg {LoadAverage()}){allBuilt}"));
        }

        var startRss = new Sample(rounds.Select(r => r.StartRssMb));
        output.WriteLine($"  start-up to /health: {new Sample(rounds.Select(r => r.HealthMs))}");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  RSS after start (Default shell built): median {startRss.Median:F1} MB, min {startRss.Min:F1}, max {startRss.Max:F1}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  memory per tenant without a shell: ({startRss.Median:F1} - {baselineRss:F1}) / {others} = {(startRss.Median - baselineRss) * 1024 / others:F1} KB"));
        foreach (var round in rounds.Where(r => r.AllBuiltRssMb is not null))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  memory per built shell: ({round.AllBuiltRssMb:F1} - {round.StartRssMb:F1}) / {others} = {(round.AllBuiltRssMb!.Value - round.StartRssMb) / others:F2} MB"));
        }

        var cpu = rounds.Select(r => r.IdleCpuPercent).ToList();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  idle CPU: median {new Sample(cpu).Median:F2} %, min {cpu.Min():F2} %, max {cpu.Max():F2} % of one core; by round {string.Join(", ", cpu.Select(c => c.ToString("F2", CultureInfo.InvariantCulture)))}"));
        output.WriteLine($"  shells built while idle: {string.Join(", ", rounds.Select(r => r.ShellsBuiltWhileIdle))}");
        return rounds;
    }

    /// <summary>Creates the missing tenants and waits until every tenant's next job due time is known and far enough ahead.</summary>
    private static async Task PrepareAsync(string dll, string data, int others, TimeSpan needed, TextWriter output)
    {
        var hostDb = Path.Combine(data, "host.db");
        var names = Enumerable.Range(1, others).Select(i => $"T{i:D3}").ToList();
        if (File.Exists(hostDb) && await AllDueAfterAsync(hostDb, names.Count + 1, DateTimeOffset.UtcNow + needed))
        {
            output.WriteLine("  reusing the prepared data folder");
            return;
        }

        await using var host = await HostProcess.StartAsync(dll, data);
        using var admin = Loopback.CreateClient(host.BaseAddress, connections: 1);
        admin.Timeout = TimeSpan.FromMinutes(5);
        admin.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        var existing = (await admin.GetFromJsonAsync<List<TenantRow>>("/api/tenants"))!.Select(t => t.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var started = Stopwatch.StartNew();
        foreach (var (name, index) in names.Select((n, i) => (n, i + 1)).Where(n => !existing.Contains(n.n)))
        {
            using var response = await admin.PostAsJsonAsync("/api/tenants", new { name, requestUrlPrefix = name.ToLowerInvariant(), apiKey = $"{name.ToLowerInvariant()}-api-key-0123456789" });
            if (response.StatusCode != HttpStatusCode.Created)
            {
                throw new InvalidOperationException($"Creating tenant {name} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            }

            if (index % 25 == 0 || index == names.Count)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {name} created ({started.Elapsed.TotalSeconds:F0} s)"));
            }
        }

        // The host's job host runs each tenant's jobs at its next poll (their due time is unknown) and records it.
        using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(30));
        while (!await AllDueAfterAsync(hostDb, names.Count + 1, DateTimeOffset.UtcNow + needed))
        {
            await Task.Delay(TimeSpan.FromSeconds(2), patience.Token);
        }
    }

    private static async Task<bool> AllDueAfterAsync(string hostDb, int tenants, DateTimeOffset after)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = hostDb, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*), COUNT(CASE WHEN \"NextJobDueTicks\" > $after THEN 1 END) FROM commerce_tenants";
        command.Parameters.AddWithValue("$after", after.UtcTicks);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return reader.GetInt64(0) == tenants && reader.GetInt64(1) == tenants;
    }

    private static async Task<Round> RunRoundAsync(string dll, string data, int others, TimeSpan idle, TimeSpan settle, bool buildAll)
    {
        await using var host = await HostProcess.StartAsync(dll, data);
        var healthMs = host.HealthMs;
        await host.WaitForLogAsync($"{BuiltLine} Default", TimeSpan.FromSeconds(120));
        await Task.Delay(SettleBeforeRss);
        var startRss = host.RssMb();
        await Task.Delay(settle); // the idle period starts this long after the RSS reading (tiered JIT, first polls)

        var builtBefore = host.CountLog(BuiltLine);
        var machine = MachineBusy();
        var cpuBefore = host.CpuTime();
        var clock = Stopwatch.StartNew();
        await Task.Delay(idle); // the measured idle period itself: nothing to wait for but time
        var cpu = (host.CpuTime() - cpuBefore) / clock.Elapsed;
        var busy = MachineBusy();
        var built = host.CountLog(BuiltLine) - builtBefore;
        var machineBusy = (double)(busy.Busy - machine.Busy) / Math.Max(1, busy.Total - machine.Total);

        double? allRss = null;
        double? buildSeconds = null;
        if (buildAll)
        {
            using var visitor = Loopback.CreateClient(host.BaseAddress, connections: 1);
            visitor.Timeout = TimeSpan.FromMinutes(2);
            var building = Stopwatch.StartNew();
            for (var i = 1; i <= others; i++)
            {
                using var response = await visitor.GetAsync($"/t{i:D3}/");
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    throw new InvalidOperationException($"/t{i:D3}/ answered {(int)response.StatusCode}.");
                }
            }

            buildSeconds = building.Elapsed.TotalSeconds;
            await Task.Delay(SettleBeforeRss);
            allRss = host.RssMb();
        }

        return new Round(healthMs, startRss, cpu * 100, built, machineBusy, allRss, buildSeconds);
    }

    private static (long Busy, long Total) MachineBusy()
    {
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        var total = fields.Take(8).Sum();
        return (total - fields[3] - fields[4], total);
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    private sealed record TenantRow(string Name);

    /// <summary>A Commerce.Web process on a data folder, its log kept for counting.</summary>
    private sealed class HostProcess : IAsyncDisposable
    {
        private readonly Process _process;
        private readonly List<string> _log = [];
        private readonly long _started;

        private HostProcess(Process process, Uri baseAddress, long started)
        {
            _process = process;
            BaseAddress = baseAddress;
            _started = started;
            process.OutputDataReceived += (_, e) => Add(e.Data);
            process.ErrorDataReceived += (_, e) => Add(e.Data);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
        }

        public Uri BaseAddress { get; }

        /// <summary>Milliseconds from the process start to the first 200 on <c>/health</c>.</summary>
        public double HealthMs { get; private set; }

        public static async Task<HostProcess> StartAsync(string dll, string data)
        {
            var port = ColdStartRun.FreePort();
            var start = new ProcessStartInfo("dotnet", [dll])
            {
                WorkingDirectory = Path.GetDirectoryName(dll)!,
                UseShellExecute = false,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
            start.Environment["Commerce__DataPath"] = data;
            start.Environment["Commerce__Setup__ApiKey"] = ApiKey;
            var started = Stopwatch.GetTimestamp();
            var host = new HostProcess(Process.Start(start) ?? throw new InvalidOperationException("Could not start the host."), new Uri($"http://127.0.0.1:{port}"), started);
            try
            {
                host.HealthMs = await host.FirstOkAsync("/health");
            }
            catch
            {
                await host.DisposeAsync();
                throw;
            }

            return host;
        }

        /// <summary>Milliseconds from the process start to the first 200 on <paramref name="path"/>.</summary>
        public async Task<double> FirstOkAsync(string path)
        {
            using var client = Loopback.CreateClient(BaseAddress, connections: 1);
            return await ColdStartRun.FirstOkAsync(client, path, _started, _process, limitSeconds: 120);
        }

        public async Task WaitForLogAsync(string text, TimeSpan patience)
        {
            var waited = Stopwatch.StartNew();
            while (CountLog(text) == 0)
            {
                if (waited.Elapsed > patience || _process.HasExited)
                {
                    throw new TimeoutException($"The host did not log '{text}': {Tail()}");
                }

                await Task.Delay(20);
            }
        }

        public int CountLog(string text)
        {
            lock (_log)
            {
                return _log.Count(l => l.Contains(text, StringComparison.Ordinal));
            }
        }

        /// <summary>Resident set from <c>/proc/PID/status</c> (VmRSS), in MB.</summary>
        public double RssMb()
            => File.ReadLines($"/proc/{_process.Id}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal))
                .Split(' ', StringSplitOptions.RemoveEmptyEntries)[1] is var kb ? double.Parse(kb, CultureInfo.InvariantCulture) / 1024 : 0;

        /// <summary>User plus system CPU time of the process, from <c>/proc/PID/stat</c> (clock ticks of 1/100 s).</summary>
        public TimeSpan CpuTime()
        {
            var stat = File.ReadAllText($"/proc/{_process.Id}/stat");
            // Fields after the command name (which may hold spaces) start at field 3 (state); utime and stime are fields 14 and 15.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            return TimeSpan.FromSeconds(ticks / 100.0);
        }

        public async ValueTask DisposeAsync()
        {
            await ColdStartRun.StopAsync(_process);
            _process.Dispose();
        }

        private void Add(string? line)
        {
            if (line is not null)
            {
                lock (_log)
                {
                    _log.Add(line);
                }
            }
        }

        private string Tail()
        {
            lock (_log)
            {
                return string.Join(Environment.NewLine, _log.TakeLast(40));
            }
        }
    }
}
