using Microsoft.Extensions.Logging;

namespace Commerce.Cli.Engine;

/// <summary>Writes log entries to the CLI's error stream, one line each, so stdout carries only results.</summary>
internal sealed class TextWriterLoggerProvider(TextWriter writer, bool verbose) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new TextWriterLogger(writer, categoryName, verbose);

    public void Dispose()
    {
    }

    private sealed class TextWriterLogger(TextWriter writer, string category, bool verbose) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }

            var line = $"{Label(logLevel)}: {(verbose ? category + ": " : "")}{formatter(state, exception)}";
            lock (writer)
            {
                writer.WriteLine(line);
                if (exception is not null)
                {
                    writer.WriteLine(verbose ? exception.ToString() : "  " + exception.Message);
                }
            }
        }

        private static string Label(LogLevel level) => level switch
        {
            LogLevel.Trace => "trace",
            LogLevel.Debug => "debug",
            LogLevel.Information => "info",
            LogLevel.Warning => "warning",
            LogLevel.Error => "error",
            _ => "critical",
        };
    }
}
