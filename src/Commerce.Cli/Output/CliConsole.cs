using System.Text.Json;
using Spectre.Console;

namespace Commerce.Cli.Output;

/// <summary>
/// Where a command writes. With <c>--json</c>, stdout carries exactly one JSON document, success or
/// problem; without it, results are text and tables on stdout and problems go to stderr.
/// </summary>
internal sealed class CliConsole
{
    private readonly TextWriter _output;
    private readonly TextWriter _error;

    public CliConsole(TextWriter output, TextWriter error, bool json)
    {
        _output = output;
        _error = error;
        Json = json;
    }

    public bool Json { get; }

    public TextWriter Error => _error;

    /// <summary>Writes <paramref name="value"/> as the JSON result.</summary>
    public void WriteJson<T>(T value) => _output.WriteLine(JsonSerializer.Serialize(value, CliJson.Options));

    public void Line(string text = "") => _output.WriteLine(text);

    public void Table(Table table) => WriteTable(table);

    /// <summary>Reports <paramref name="problem"/>: as JSON on stdout, or as text on stderr.</summary>
    public void Problem(CliProblem problem)
    {
        if (Json)
        {
            WriteJson(problem);
            return;
        }

        _error.WriteLine($"error: {problem.Message}");
        foreach (var (field, messages) in problem.Errors ?? new Dictionary<string, string[]>())
        {
            foreach (var message in messages)
            {
                _error.WriteLine($"  {field}: {message}");
            }
        }

        if (problem.Related is { Count: > 0 } related)
        {
            _error.WriteLine($"  features: {string.Join(", ", related)}");
        }

        if (problem.Hint is { } hint)
        {
            _error.WriteLine(hint);
        }
    }

    /// <summary>A note for the person at the terminal (stderr, so it never mixes with results).</summary>
    public void Note(string text) => _error.WriteLine(text);

    /// <summary>
    /// Renders a table as plain text: no colours, no blank border lines, no trailing spaces, so it reads the
    /// same in a terminal, a pipe and a test. A terminal's width is used when there is one.
    /// </summary>
    private void WriteTable(Table table)
    {
        var buffer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(buffer),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = ReferenceEquals(_output, Console.Out) && !Console.IsOutputRedirected && Console.WindowWidth > 0 ? Console.WindowWidth : 240;
        console.Write(table);
        var lines = buffer.ToString().Split('\n').Select(l => l.TrimEnd()).SkipWhile(l => l.Length == 0).Reverse().SkipWhile(l => l.Length == 0).Reverse();
        foreach (var line in lines)
        {
            _output.WriteLine(line);
        }
    }
}
