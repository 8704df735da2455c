namespace Commerce.Data;

/// <summary>
/// Where one database lives: a SQLite file, or a schema of a PostgreSQL database that every unqualified
/// table name resolves to (through the connection's search path).
/// </summary>
public sealed record DatabaseLocation(string Provider, string ConnectionString, string? Schema)
{
    public bool IsSqlite => Provider == DatabaseProvider.Sqlite;
}
