using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Commerce.Architecture.Tests.Schema;

/// <summary>
/// A database schema as sorted lines, one a table, column, key, index or foreign key, so two schemas compare as sets
/// and their difference reads as a list. EF Core's own tables (migration history, the migration lock) are left out.
/// </summary>
public static partial class SchemaReader
{
    public static async Task<SortedSet<string>> ReadSqliteAsync(string connectionString)
    {
        var lines = new SortedSet<string>(StringComparer.Ordinal);
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        var tables = await QueryAsync(connection, "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '\\_\\_%' ESCAPE '\\'",
            r => (Name: r.GetString(0), Sql: r.GetString(1)));
        var indexSql = (await QueryAsync(connection, "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL", r => (r.GetString(0), r.GetString(1))))
            .ToDictionary(i => i.Item1, i => i.Item2);
        foreach (var (table, sql) in tables)
        {
            lines.Add($"table {table}");
            var columns = await QueryAsync(connection, $"SELECT name, type, \"notnull\", pk FROM pragma_table_info('{table}')",
                r => (Name: r.GetString(0), Type: r.GetString(1), NotNull: r.GetInt64(2) == 1, Pk: r.GetInt64(3)));
            foreach (var column in columns)
            {
                var autoincrement = Regex.IsMatch(sql, $"\"{Regex.Escape(column.Name)}\" INTEGER [^,]*AUTOINCREMENT") ? " autoincrement" : "";
                lines.Add($"column {table}.{column.Name} {column.Type} {(column.NotNull ? "not null" : "null")}{autoincrement}");
            }

            if (columns.Any(c => c.Pk > 0))
            {
                lines.Add($"primary key {table} ({string.Join(", ", columns.Where(c => c.Pk > 0).OrderBy(c => c.Pk).Select(c => c.Name))})");
            }

            var indexes = await QueryAsync(connection, $"SELECT name, \"unique\", origin FROM pragma_index_list('{table}')",
                r => (Name: r.GetString(0), Unique: r.GetInt64(1) == 1, Origin: r.GetString(2)));
            foreach (var index in indexes.Where(i => i.Origin != "pk"))
            {
                var indexColumns = await QueryAsync(connection, $"SELECT name FROM pragma_index_info('{index.Name}') ORDER BY seqno", r => r.GetString(0));
                var columnList = string.Join(", ", indexColumns);
                if (index.Origin == "u")
                {
                    // A unique constraint (an alternate key): SQLite names its index itself.
                    lines.Add($"unique constraint {table} ({columnList})");
                    continue;
                }

                var filter = indexSql.TryGetValue(index.Name, out var create) && IndexFilter().Match(create) is { Success: true } where ? $" where {where.Groups[1].Value}" : "";
                lines.Add($"{(index.Unique ? "unique index" : "index")} {index.Name} on {table} ({columnList}){filter}");
            }

            var keys = await QueryAsync(connection, $"SELECT id, seq, \"table\", \"from\", \"to\", on_delete FROM pragma_foreign_key_list('{table}')",
                r => (Id: r.GetInt64(0), Seq: r.GetInt64(1), Principal: r.GetString(2), From: r.GetString(3), To: r.IsDBNull(4) ? "?" : r.GetString(4), OnDelete: r.GetString(5)));
            foreach (var key in keys.GroupBy(k => k.Id))
            {
                var parts = key.OrderBy(k => k.Seq).ToList();
                lines.Add($"foreign key {table} ({string.Join(", ", parts.Select(p => p.From))}) references {parts[0].Principal} "
                    + $"({string.Join(", ", parts.Select(p => p.To))}) on delete {parts[0].OnDelete.ToLowerInvariant()}");
            }
        }

        return lines;
    }

    public static async Task<SortedSet<string>> ReadPostgresAsync(string connectionString, string schema)
    {
        var lines = new SortedSet<string>(StringComparer.Ordinal);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var parameter = new NpgsqlParameter("schema", schema);

        foreach (var table in await QueryAsync(connection,
            "SELECT table_name FROM information_schema.tables WHERE table_schema = @schema AND table_type = 'BASE TABLE' AND table_name NOT LIKE '\\_\\_%'",
            r => r.GetString(0), parameter))
        {
            lines.Add($"table {table}");
        }

        lines.UnionWith(await QueryAsync(connection, """
            SELECT c.table_name, c.column_name, c.udt_name, c.character_maximum_length, c.numeric_precision, c.numeric_scale, c.is_nullable, c.is_identity
            FROM information_schema.columns c JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
            WHERE c.table_schema = @schema AND t.table_type = 'BASE TABLE' AND c.table_name NOT LIKE '\_\_%'
            """,
            r =>
            {
                var type = r.GetString(2);
                if (!r.IsDBNull(3))
                {
                    type += $"({r.GetInt32(3)})";
                }
                else if (type == "numeric" && !r.IsDBNull(4))
                {
                    type += $"({r.GetInt32(4)},{r.GetInt32(5)})";
                }

                return $"column {r.GetString(0)}.{r.GetString(1)} {type} {(r.GetString(6) == "YES" ? "null" : "not null")}{(r.GetString(7) == "YES" ? " identity" : "")}";
            },
            parameter.Clone()));

        // Keys, unique constraints and foreign keys, with their columns in order.
        lines.UnionWith(await QueryAsync(connection, """
            SELECT c.contype, c.conname, t.relname,
                   array_to_string(ARRAY(SELECT a.attname FROM unnest(c.conkey) WITH ORDINALITY k(n, i) JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n ORDER BY k.i), ', '),
                   p.relname,
                   array_to_string(ARRAY(SELECT a.attname FROM unnest(c.confkey) WITH ORDINALITY k(n, i) JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n ORDER BY k.i), ', '),
                   c.confdeltype
            FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace s ON s.oid = t.relnamespace LEFT JOIN pg_class p ON p.oid = c.confrelid
            WHERE s.nspname = @schema AND c.contype IN ('p', 'u', 'f') AND t.relname NOT LIKE '\_\_%'
            """,
            r => r.GetChar(0) switch
            {
                'p' => $"primary key {r.GetString(2)} ({r.GetString(3)}) named {r.GetString(1)}",
                'u' => $"unique constraint {r.GetString(2)} ({r.GetString(3)}) named {r.GetString(1)}",
                _ => $"foreign key {r.GetString(2)} ({r.GetString(3)}) references {r.GetString(4)} ({r.GetString(5)}) on delete {OnDelete(r.GetChar(6))} named {r.GetString(1)}",
            },
            parameter.Clone()));

        // Indexes other than those behind a constraint.
        lines.UnionWith(await QueryAsync(connection, """
            SELECT i.relname, t.relname, x.indisunique,
                   array_to_string(ARRAY(SELECT a.attname FROM unnest(x.indkey) WITH ORDINALITY k(n, o) JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.n ORDER BY k.o), ', '),
                   pg_get_expr(x.indpred, x.indrelid)
            FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid JOIN pg_namespace s ON s.oid = t.relnamespace
            WHERE s.nspname = @schema AND t.relname NOT LIKE '\_\_%' AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)
            """,
            r => $"{(r.GetBoolean(2) ? "unique index" : "index")} {r.GetString(0)} on {r.GetString(1)} ({r.GetString(3)}){(r.IsDBNull(4) ? "" : " where " + r.GetString(4))}",
            parameter.Clone()));
        return lines;
    }

    private static string OnDelete(char action) => action switch
    {
        'c' => "cascade",
        'n' => "set null",
        'd' => "set default",
        'r' => "restrict",
        _ => "no action",
    };

    private static async Task<List<T>> QueryAsync<T>(DbConnection connection, string sql, Func<DbDataReader, T> read, DbParameter? parameter = null)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (parameter is not null)
        {
            command.Parameters.Add(parameter);
        }

        var rows = new List<T>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    [GeneratedRegex(@"\sWHERE\s(.+)$", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex IndexFilter();
}
