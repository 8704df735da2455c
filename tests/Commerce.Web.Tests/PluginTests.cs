using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Commerce.Data;
using Commerce.Web.Tests.Infrastructure;

namespace Commerce.Web.Tests;

/// <summary>A module compiled on its own and dropped into plugins/ is loaded at start-up, without rebuilding the host.</summary>
public sealed class PluginTests
{
    private const string Plugin = "Commerce.Samples.Greetings";

    [Fact]
    public async Task A_sample_plugin_built_by_the_test_is_loaded_and_can_be_enabled_hidden_and_disabled()
    {
        await using var store = TestStore.Create(DatabaseProvider.Sqlite);
        await BuildPluginAsync(Path.Combine(store.DataPath, "plugins", Plugin));
        await using var host = new TestHost(store);
        var admin = host.Admin();
        var visitor = host.Visitor();

        var listed = (await (await admin.GetAsync("/api/features")).ReadAsync<JsonElement>()).EnumerateArray()
            .Single(f => f.GetProperty("id").GetString() == Plugin);
        Assert.False(listed.GetProperty("enabled").GetBoolean());
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/greetings")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await admin.ToggleAsync(Plugin, "enable")).StatusCode);
        Assert.Equal("欢迎光临 Default / Welcome to Default", await visitor.GetStringAsync("/greetings"));
        Assert.Contains("href=\"/greetings\"", await visitor.GetStringAsync("/"));

        Assert.Equal(HttpStatusCode.OK, (await admin.ToggleAsync(Plugin, "hide")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/greetings")).StatusCode);
        Assert.DoesNotContain("href=\"/greetings\"", await visitor.GetStringAsync("/"));

        Assert.Equal(HttpStatusCode.OK, (await admin.ToggleAsync(Plugin, "disable")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/greetings")).StatusCode);
    }

    private static async Task BuildPluginAsync(string output)
    {
        // Built where it always builds (-o or OutDir would redirect the engine's projects there too), then
        // its output is copied in, as an agency would ship it.
        var folder = Path.Combine(RepositoryRoot(), "samples", Plugin);
        var built = Path.Combine(folder, "bin", "Debug", "net10.0");
        var build = new ProcessStartInfo("dotnet", ["build", Path.Combine(folder, Plugin + ".csproj"), "-c", "Debug", "--nologo", "-v", "q"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(build)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"building the plugin failed:\n{await stdout}\n{await stderr}");
        Directory.CreateDirectory(output);
        foreach (var file in Directory.GetFiles(built))
        {
            File.Copy(file, Path.Combine(output, Path.GetFileName(file)));
        }

        Assert.True(File.Exists(Path.Combine(output, Plugin + ".dll")));
        Assert.False(File.Exists(Path.Combine(output, "Commerce.Abstractions.dll")), "the plugin must use the host's engine assembly");
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Commerce.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new DirectoryNotFoundException("Commerce.sln not found above the test output.");
    }
}
