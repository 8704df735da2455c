using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Commerce.Benchmarks;

/// <summary>
/// Counts and times every SQL command EF Core runs in this process (the host runs in it), by command text, through
/// EF Core's <see cref="DiagnosticListener"/>: no change to the host. <see cref="TakeRound"/> returns what a round ran, so
/// rounds can be compared statement by statement: a statement whose mean time grows from round to round is reading
/// something that grows.
/// </summary>
internal sealed class SqlProfile : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly IDisposable _subscription;
    private readonly List<IDisposable> _listeners = [];
    private ConcurrentDictionary<string, Tally> _tallies = new(StringComparer.Ordinal);

    public SqlProfile() => _subscription = DiagnosticListener.AllListeners.Subscribe(this);

    public IReadOnlyDictionary<string, (long Count, double TotalMs, long Rows)> TakeRound()
    {
        var tallies = Interlocked.Exchange(ref _tallies, new ConcurrentDictionary<string, Tally>(StringComparer.Ordinal));
        return tallies.ToDictionary(t => t.Key, t => (Interlocked.Read(ref t.Value.Count), Interlocked.Read(ref t.Value.Ticks) / (double)TimeSpan.TicksPerMillisecond, Interlocked.Read(ref t.Value.Rows)));
    }

    /// <summary>The statements of each round by total time, with their mean time in every round.</summary>
    public static void Write(TextWriter output, IReadOnlyList<IReadOnlyDictionary<string, (long Count, double TotalMs, long Rows)>> rounds, int top = 12)
    {
        var statements = rounds.SelectMany(r => r).GroupBy(p => p.Key).OrderByDescending(g => g.Sum(p => p.Value.TotalMs)).Take(top);
        output.WriteLine("  SQL by total time: mean ms per execution in each round (executions, rows read per execution in the last round)");
        foreach (var statement in statements)
        {
            var means = rounds.Select(r => r.TryGetValue(statement.Key, out var t) && t.Count > 0 ? (t.TotalMs / t.Count).ToString("F3", CultureInfo.InvariantCulture) : "-");
            var (last, rows) = rounds[^1].TryGetValue(statement.Key, out var l) ? (l.Count, l.Count == 0 ? 0 : l.Rows / (double)l.Count) : (0, 0);
            var text = string.Join(' ', statement.Key.Split((char[])['\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            output.WriteLine($"    {string.Join(" ", means.Select(m => m.PadLeft(7)))}  ({last,6}, {rows,6:F1})  {(text.Length > 150 ? text[..150] + "…" : text)}");
        }
    }

    void IObserver<DiagnosticListener>.OnNext(DiagnosticListener listener)
    {
        if (listener.Name == DbLoggerCategory.Name)
        {
            lock (_listeners)
            {
                _listeners.Add(listener.Subscribe(this, name => name == RelationalEventId.CommandExecuted.Name || name == RelationalEventId.DataReaderDisposing.Name));
            }
        }
    }

    void IObserver<KeyValuePair<string, object?>>.OnNext(KeyValuePair<string, object?> value)
    {
        // A query's time runs until its reader is disposed (rows are read after the command "executed"); other
        // commands end when they executed.
        switch (value.Value)
        {
            case DataReaderDisposingEventData disposing:
                Add(disposing.Command.CommandText, disposing.Duration, disposing.ReadCount);
                break;
            case CommandExecutedEventData { Result: not System.Data.Common.DbDataReader } executed:
                Add(executed.Command.CommandText, executed.Duration, 0);
                break;
        }
    }

    private void Add(string text, TimeSpan duration, int rows)
    {
        var tally = _tallies.GetOrAdd(text, static _ => new Tally());
        Interlocked.Increment(ref tally.Count);
        Interlocked.Add(ref tally.Ticks, duration.Ticks);
        Interlocked.Add(ref tally.Rows, rows);
    }

    void IObserver<DiagnosticListener>.OnCompleted()
    {
    }

    void IObserver<DiagnosticListener>.OnError(Exception error)
    {
    }

    void IObserver<KeyValuePair<string, object?>>.OnCompleted()
    {
    }

    void IObserver<KeyValuePair<string, object?>>.OnError(Exception error)
    {
    }

    public void Dispose()
    {
        _subscription.Dispose();
        lock (_listeners)
        {
            _listeners.ForEach(l => l.Dispose());
        }
    }

    private sealed class Tally
    {
        public long Count;
        public long Ticks;
        public long Rows;
    }
}
