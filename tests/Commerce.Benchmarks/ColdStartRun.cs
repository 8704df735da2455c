using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Commerce.Benchmarks;

/// <summary>
/// Starts the Release build of Commerce.Web as its own process (<c>dotnet Commerce.Web.dll</c>, or the executable of a
/// self-contained publish; working directory its output folder so its appsettings.json applies) and times, from the process start, the first 200 on
/// <c>/health</c> (set-up done) and on <c>/</c> (the Default tenant's shell built and serving). Each run starts once
/// on a fresh data folder (first-run set-up from the default recipe) and once more on the folder it left.
/// </summary>
public static class ColdStartRun
{
    public sealed record Timing(double HealthMs, double HomeMs);

    public static async Task<(Sample FirstHome, Sample SecondHome)> RunAsync(int runs, string? dll, TextWriter output)
    {
        dll ??= await EnsureReleaseBuildAsync(output);
        output.WriteLine($"Cold start: {runs} runs of `dotnet {dll}`; times from process start to the first 200.");

        // One start that is not counted, so the OS file cache holds the runtime and the app for every counted run alike.
        using (var warm = new TempFolder("commerce-cold"))
        {
            var timing = await StartAndMeasureAsync(dll, warm.Path);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  uncounted warm-up start: /health {timing.HealthMs:F0} ms, / {timing.HomeMs:F0} ms"));
        }

        var first = new List<Timing>();
        var second = new List<Timing>();
        for (var run = 1; run <= runs; run++)
        {
            using var data = new TempFolder("commerce-cold");
            var fresh = await StartAndMeasureAsync(dll, data.Path);
            var again = await StartAndMeasureAsync(dll, data.Path);
            first.Add(fresh);
            second.Add(again);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  run {run}: first start /health {fresh.HealthMs:F0} ms, / {fresh.HomeMs:F0} ms; second start /health {again.HealthMs:F0} ms, / {again.HomeMs:F0} ms"));
        }

        output.WriteLine($"  first start  /health {new Sample(first.Select(t => t.HealthMs))}");
        output.WriteLine($"  first start  /       {new Sample(first.Select(t => t.HomeMs))}");
        output.WriteLine($"  second start /health {new Sample(second.Select(t => t.HealthMs))}");
        output.WriteLine($"  second start /       {new Sample(second.Select(t => t.HomeMs))}");
        return (new Sample(first.Select(t => t.HomeMs)), new Sample(second.Select(t => t.HomeMs)));
    }

    internal static async Task<string> EnsureReleaseBuildAsync(TextWriter output)
    {
        var root = RepositoryRoot.Find();
        var dll = Path.Combine(root, "src", "Commerce.Web", "bin", "Release", "net10.0", "Commerce.Web.dll");
        if (!File.Exists(dll))
        {
            output.WriteLine("Building src/Commerce.Web in Release: dotnet build src/Commerce.Web -c Release");
            using var build = Process.Start(new ProcessStartInfo("dotnet", ["build", Path.Combine(root, "src", "Commerce.Web"), "-c", "Release", "-nologo", "-v", "q"])
            {
                WorkingDirectory = root,
            }) ?? throw new InvalidOperationException("Could not start dotnet build.");
            await build.WaitForExitAsync();
            if (build.ExitCode != 0 || !File.Exists(dll))
            {
                throw new InvalidOperationException("The Release build of Commerce.Web failed.");
            }
        }

        return dll;
    }

    private static async Task<Timing> StartAndMeasureAsync(string dll, string dataPath)
    {
        var port = FreePort();
        // A self-contained publish carries its own runtime: start it through its executable, as a deployment would.
        var selfContained = File.Exists(Path.Combine(Path.GetDirectoryName(dll)!, "libcoreclr.so"));
        var start = new ProcessStartInfo(selfContained ? Path.ChangeExtension(dll, null) : "dotnet", selfContained ? [] : [dll])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Commerce__DataPath"] = dataPath;
        start.Environment["Commerce__Setup__ApiKey"] = "coldstart-api-key";

        var log = new List<string>();
        using var client = Loopback.CreateClient(new Uri($"http://127.0.0.1:{port}"), connections: 2);
        var started = Stopwatch.GetTimestamp();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the host.");
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.Add(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.Add(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            var health = FirstOkAsync(client, "/health", started, process);
            var home = FirstOkAsync(client, "/", started, process);
            return new Timing(await health, await home);
        }
        catch (Exception e)
        {
            lock (log)
            {
                throw new InvalidOperationException($"The host did not come up: {e.Message}{Environment.NewLine}{string.Join(Environment.NewLine, log.TakeLast(40))}", e);
            }
        }
        finally
        {
            await StopAsync(process);
        }
    }

    /// <summary>Milliseconds from <paramref name="started"/> to the first 200 on <paramref name="path"/>, polling every 5 ms (the resolution of the figure).</summary>
    internal static async Task<double> FirstOkAsync(HttpClient client, string path, long started, Process process, int limitSeconds = 60)
    {
        while (Stopwatch.GetElapsedTime(started) < TimeSpan.FromSeconds(limitSeconds))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The host exited with code {process.ExitCode}.");
            }

            try
            {
                using var response = await client.GetAsync(path);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(5);
        }

        throw new TimeoutException($"{path} did not answer 200 within {limitSeconds} s.");
    }

    /// <summary>Stops the host as a service manager would (SIGTERM), so the second start finds the data as a clean shutdown left it.</summary>
    internal static async Task StopAsync(Process process)
    {
        if (process.HasExited)
        {
            return;
        }

        using (var kill = Process.Start(new ProcessStartInfo("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)])))
        {
            await kill!.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
