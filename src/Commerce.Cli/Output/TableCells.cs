using Spectre.Console;
using Spectre.Console.Rendering;

namespace Commerce.Cli.Output;

/// <summary>Table cells as plain text: names and descriptions may hold '[' which markup would misread.</summary>
internal static class TableCells
{
    public static IRenderable[] Of(params string?[] values) => values.Select(v => (IRenderable)new Text(v ?? "")).ToArray();

    public static Table Create(params string[] columns)
    {
        var table = new Table().Border(TableBorder.Minimal);
        foreach (var column in columns)
        {
            table.AddColumn(new TableColumn(new Text(column)));
        }

        return table;
    }
}
