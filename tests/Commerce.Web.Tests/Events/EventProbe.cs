using Commerce.Web.Tests.Infrastructure;

namespace Commerce.Web.Tests.Events;

/// <summary>
/// The probe plugin (tests/Commerce.Web.Tests.EventProbe) in a store's plugins/ folder, and its log: one line
/// <c>{consumer} {sequence} {node}</c> per event a probe consumer handled.
/// </summary>
public sealed class EventProbe
{
    public const string Feature = "Commerce.Tests.EventProbe";
    private const string Assembly = "Commerce.Web.Tests.EventProbe";

    private EventProbe(string log) => Log = log;

    public string Log { get; }

    /// <summary>Copies the built probe into <paramref name="store"/>'s plugins folder.</summary>
    public static EventProbe Install(TestStore store)
    {
        var built = Path.Combine(AppContext.BaseDirectory.Replace($"{Path.DirectorySeparatorChar}Commerce.Web.Tests{Path.DirectorySeparatorChar}", $"{Path.DirectorySeparatorChar}{Assembly}{Path.DirectorySeparatorChar}"), Assembly + ".dll");
        Assert.True(File.Exists(built), $"The probe plugin was not built at {built}.");
        var folder = Path.Combine(store.DataPath, "plugins", Assembly);
        Directory.CreateDirectory(folder);
        File.Copy(built, Path.Combine(folder, Assembly + ".dll"), overwrite: true);
        var log = Path.Combine(store.DataPath, "probe.log");
        File.WriteAllText(log, "");
        return new EventProbe(log);
    }

    /// <summary>The settings a host needs to write to this probe's log as <paramref name="node"/>.</summary>
    public Dictionary<string, string> Settings(string node) => new() { ["Probe:Log"] = Log, ["Probe:Node"] = node };

    /// <summary>The sequences <paramref name="consumer"/> handled, with the node that handled each, in the order written.</summary>
    public IReadOnlyList<(long Sequence, string Node)> Handled(string consumer)
        => [.. Lines()
            .Select(line => line.Split(' '))
            .Where(parts => parts.Length == 3 && parts[0] == consumer)
            .Select(parts => (long.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture), parts[2]))];

    /// <summary>Every node's lines (each node writes a file of its own: <c>{log}.{node}</c>).</summary>
    public IEnumerable<string> Lines()
        => Directory.GetFiles(Path.GetDirectoryName(Log)!, Path.GetFileName(Log) + ".*")
            .Where(f => !f.EndsWith(".cursor", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .SelectMany(File.ReadAllLines);

    /// <summary>Waits (generously: the machine may be busy) until <paramref name="done"/> holds for the log.</summary>
    public async Task WaitAsync(Func<EventProbe, bool> done, string what)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (!done(this))
        {
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(90), $"Timed out waiting for {what}. Log:\n{string.Join('\n', Lines())}");
            await Task.Delay(50);
        }
    }
}
