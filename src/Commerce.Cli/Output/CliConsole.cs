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
    private readonly Lazy<IAnsiConsole> _tables;

    public CliConsole(TextWriter output, TextWriter error, bool json)
    {
        _output = output;
        _error = error;
        Json = json;
        _tables = new Lazy<IAnsiConsole>(CreateTableConsole);
    }

    public bool Json { get; }

    public TextWriter Error => _error;

    /// <summary>Writes <paramref name="value"/> as the JSON result.</summary>
    public void WriteJson<T>(T value) => _output.WriteLine(JsonSerializer.Serialize(value, CliJson.Options));

    public void Line(string text = "") => _output.WriteLine(text);

    public void Table(Table table) => _tables.Value.Write(table);

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

    private IAnsiConsole CreateTableConsole()
    {
        var terminal = ReferenceEquals(_output, Console.Out) && !Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(_output),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        if (!terminal)
        {
            // Piped or captured output is read by tools: no wrapping at a guessed 80 columns.
            console.Profile.Width = 240;
        }

        return console;
    }
}
