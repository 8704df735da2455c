using System.Diagnostics;
using System.Globalization;

namespace Commerce.Benchmarks;

/// <summary>
/// How busy the whole machine was while a measurement ran, against this process's own share, from
/// <c>/proc/stat</c>. Other work on a 2-core machine skews every figure here, so each run reports it.
/// </summary>
public sealed class MachineLoad
{
    private readonly (long Busy, long Total)? _start = Read();
    private readonly TimeSpan _ownStart = Process.GetCurrentProcess().TotalProcessorTime;
    private readonly long _wallStart = Stopwatch.GetTimestamp();

    public string Describe()
    {
        var end = Read();
        if (_start is not { } start || end is not { } stop || stop.Total == start.Total)
        {
            return "machine load: not available";
        }

        var busy = (double)(stop.Busy - start.Busy) / (stop.Total - start.Total);
        var wall = Stopwatch.GetElapsedTime(_wallStart);
        var own = (Process.GetCurrentProcess().TotalProcessorTime - _ownStart) / (wall * Environment.ProcessorCount);
        return string.Create(CultureInfo.InvariantCulture,
            $"machine load during the run: {busy:P0} of all cores busy, this process {own:P0}, everything else {Math.Max(0, busy - own):P0} (child processes count as else)");
    }

    private static (long Busy, long Total)? Read()
    {
        if (!File.Exists("/proc/stat"))
        {
            return null;
        }

        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        var total = fields.Take(8).Sum();
        var idle = fields[3] + fields[4];
        return (total - idle, total);
    }
}
