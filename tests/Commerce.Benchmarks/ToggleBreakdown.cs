using System.Diagnostics;
using Commerce.Hosting.Features;
using Commerce.Hosting.Security;
using Commerce.Hosting.Shells;
using Commerce.Hosting.Tenants;
using Commerce.Shells;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Benchmarks;

/// <summary>
/// Where a toggle's time goes. First the end-to-end toggle split into the change call and the first request that
/// sees it; then each step of the rebuild timed alone through the engine's public API on the same live host
/// (the reads FeatureManager and ShellHost make, the API-key check, building a container, building a shell, the new shell's first
/// and second request, disposing a shell). No step here changes the running shell.
/// </summary>
public static class ToggleBreakdown
{
    public static async Task RunAsync(int rounds, TextWriter output)
    {
        await using var host = await CommerceBenchHost.StartAsync([.. BenchFeatures.All]);
        output.WriteLine($"Toggle breakdown: {rounds} rounds per line, Commerce host at {host.BaseAddress}, {BenchFeatures.All.Count} benchmark features enabled.");
        output.WriteLine();

        // Warm the JIT and the connection pools before anything is timed.
        foreach (var change in Enum.GetValues<FeatureAction>())
        {
            for (var i = 0; i < 3; i++)
            {
                await ToggleRun.PrepareAsync(host, change);
                await ToggleRun.ChangeAndObserveAsync(host, viaApi: false, change);
            }
        }

        foreach (var viaApi in new[] { false, true })
        {
            output.WriteLine(viaApi
                ? "End to end, via POST /api/features/{id}/{change} (ms):"
                : "End to end, via FeatureManager.ChangeAsync (ms):");
            foreach (var change in Enum.GetValues<FeatureAction>())
            {
                var calls = new List<double>();
                var firstRequests = new List<double>();
                var totals = new List<double>();
                for (var i = 0; i < rounds; i++)
                {
                    await ToggleRun.PrepareAsync(host, change);
                    var start = Stopwatch.GetTimestamp();
                    await ToggleRun.IssueAsync(host, viaApi, change);
                    var issued = Stopwatch.GetTimestamp();
                    await host.WaitForStatusAsync(BenchFeatures.ToggledPath, ToggleRun.ExpectedStatus(change));
                    var seen = Stopwatch.GetTimestamp();
                    calls.Add(Stopwatch.GetElapsedTime(start, issued).TotalMilliseconds);
                    firstRequests.Add(Stopwatch.GetElapsedTime(issued, seen).TotalMilliseconds);
                    totals.Add(Stopwatch.GetElapsedTime(start, seen).TotalMilliseconds);
                }

                output.WriteLine($"  {change,-8} total          {new Sample(totals)}");
                output.WriteLine($"  {change,-8} change call    {new Sample(calls)}");
                output.WriteLine($"  {change,-8} first request  {new Sample(firstRequests)}");
            }
        }

        output.WriteLine();
        output.WriteLine("Steps of a rebuild, each timed alone on the live host (ms):");
        var shells = host.Services.GetRequiredService<ShellHost>();
        var builder = host.Services.GetRequiredService<ShellBuilder>();
        var registry = host.Services.GetRequiredService<TenantRegistry>();
        var record = await registry.FindAsync(TenantInfo.DefaultName) ?? throw new InvalidOperationException("No Default tenant.");
        var database = shells.DatabaseOf(record);

        await Step(output, rounds, "TenantRegistry.FindAsync (host.db)", () => registry.FindAsync(TenantInfo.DefaultName));
        await Step(output, rounds, "TenantRegistry.ListAsync (host.db)", () => registry.ListAsync());
        await Step(output, rounds, "ShellStateStore.LoadAsync (tenant db)", () => ShellStateStore.LoadAsync(database));
        await Step(output, rounds, "ShellStateStore.LoadSettingsAsync", () => ShellStateStore.LoadSettingsAsync(database));
        await Step(output, rounds, "ShellHost.LoadBlueprintAsync", () => shells.LoadBlueprintAsync(TenantInfo.DefaultName));

        // What the first API call into each new shell pays: TenantApiKey's cache of verified keys lives in the shell.
        var storedKey = ApiKeyHasher.Hash(CommerceWebFactory.ApiKey);
        await Step(output, rounds, "ApiKeyHasher.Verify (PBKDF2)", () => Task.FromResult(ApiKeyHasher.Verify(CommerceWebFactory.ApiKey, storedKey)));

        var blueprint = await shells.LoadBlueprintAsync(TenantInfo.DefaultName);
        output.WriteLine($"  (blueprint: {blueprint.Features.Count} features enabled)");
        await Step(output, rounds, "ShellBuilder.BuildServices + dispose", async () =>
        {
            await using var services = builder.BuildServices(blueprint);
        });

        var build = new List<double>();
        var first = new List<double>();
        var second = new List<double>();
        var dispose = new List<double>();
        for (var i = 0; i < rounds + 3; i++)
        {
            var t0 = Stopwatch.GetTimestamp();
            var shell = builder.Build(blueprint);
            var t1 = Stopwatch.GetTimestamp();
            await ServeAsync(shell, "/bench/f01");
            var t2 = Stopwatch.GetTimestamp();
            await ServeAsync(shell, "/bench/f02");
            var t3 = Stopwatch.GetTimestamp();
            await shell.DisposeAsync();
            var t4 = Stopwatch.GetTimestamp();
            if (i >= 3)
            {
                build.Add(Stopwatch.GetElapsedTime(t0, t1).TotalMilliseconds);
                first.Add(Stopwatch.GetElapsedTime(t1, t2).TotalMilliseconds);
                second.Add(Stopwatch.GetElapsedTime(t2, t3).TotalMilliseconds);
                dispose.Add(Stopwatch.GetElapsedTime(t3, t4).TotalMilliseconds);
            }
        }

        output.WriteLine($"  {"ShellBuilder.Build (container + pipeline)",-44} {new Sample(build)}");
        output.WriteLine($"  {"first request in the new shell (in memory)",-44} {new Sample(first)}");
        output.WriteLine($"  {"second request in the same shell",-44} {new Sample(second)}");
        output.WriteLine($"  {"ShellContext.DisposeAsync",-44} {new Sample(dispose)}");
    }

    private static async Task Step<T>(TextWriter output, int rounds, string name, Func<Task<T>> step)
    {
        var times = new List<double>();
        for (var i = 0; i < rounds + 3; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await step();
            if (i >= 3)
            {
                times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }

        output.WriteLine($"  {name,-44} {new Sample(times)}");
    }

    private static Task Step(TextWriter output, int rounds, string name, Func<Task> step)
        => Step(output, rounds, name, async () =>
        {
            await step();
            return 0;
        });

    /// <summary>Runs one GET through a shell's pipeline in memory, as TenantMiddleware does, without a socket.</summary>
    private static async Task ServeAsync(ShellContext shell, string path)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = HttpMethods.Get;
        context.Request.Scheme = "http";
        context.Request.Host = new HostString("127.0.0.1");
        context.Request.Path = path;
        context.Response.Body = Stream.Null;
        await using var scope = shell.Services.CreateAsyncScope();
        context.RequestServices = scope.ServiceProvider;
        await shell.Pipeline(context);
        if (context.Response.StatusCode != StatusCodes.Status200OK)
        {
            throw new InvalidOperationException($"{path} answered {context.Response.StatusCode} in a freshly built shell.");
        }
    }
}
