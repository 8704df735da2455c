using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Commerce.Web.Tests.Infrastructure;

/// <summary>The built host (<c>Commerce.Web.dll</c>) running as a real separate process on a loopback port.</summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private HostProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
        _process.OutputDataReceived += (_, e) => { lock (_output) { _output.AppendLine(e.Data); } };
        _process.ErrorDataReceived += (_, e) => { lock (_output) { _output.AppendLine(e.Data); } };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public Uri Address { get; }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public HttpClient Client(string? apiKey = TestHost.ApiKey)
    {
        var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(30) };
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        }

        return client;
    }

    /// <summary>Starts the host on <paramref name="store"/> and waits until <c>/health</c> answers 200.</summary>
    /// <param name="settings">Configuration keys (with colons) to add or override.</param>
    public static async Task<HostProcess> StartAsync(TestStore store, IDictionary<string, string>? settings = null)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet", [WebAssemblyPath()])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(WebAssemblyPath())!,
        };
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["Commerce__Setup__ApiKey"] = TestHost.ApiKey;
        start.Environment["Commerce__PluginsPath"] = Path.Combine(store.DataPath, "plugins");
        foreach (var (key, value) in store.Settings())
        {
            start.Environment[key.Replace(":", "__")] = value ?? "";
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key.Replace(":", "__")] = value;
        }

        var host = new HostProcess(Process.Start(start)!, new Uri($"http://127.0.0.1:{port}"));
        using var client = host.Client(null);
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (host._process.HasExited)
            {
                throw new InvalidOperationException($"The host exited with {host._process.ExitCode}:\n{host.Output}");
            }

            try
            {
                if ((await client.GetAsync("/health")).StatusCode == HttpStatusCode.OK)
                {
                    return host;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        await host.DisposeAsync();
        throw new TimeoutException($"The host did not become healthy:\n{host.Output}");
    }

    /// <summary>Ends the process at once, as <c>kill -9</c> does: no shutdown, nothing flushed.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    /// <summary>The host built next to the tests, in the same configuration (src/Commerce.Web/bin/CONFIG/net10.0).</summary>
    private static string WebAssemblyPath()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = output.Name;
        var configuration = output.Parent!.Name;
        var root = output;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Commerce.sln")))
        {
            root = root.Parent;
        }

        var path = Path.Combine(root!.FullName, "src", "Commerce.Web", "bin", configuration, framework, "Commerce.Web.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("Build src/Commerce.Web first.", path);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
