namespace Commerce.Data;

/// <summary>
/// Data settings, bound from <c>Commerce</c> (<c>Commerce:DataPath</c>) and <c>Commerce:Database</c>
/// (<c>Provider</c>, <c>ConnectionString</c>).
/// </summary>
public sealed class CommerceDataOptions
{
    /// <summary>Folder for SQLite files, uploaded documents and search indexes. Relative paths are resolved against the content root.</summary>
    public string DataPath { get; set; } = "App_Data";

    /// <summary><see cref="DatabaseProvider.Sqlite"/> (default) or <see cref="DatabaseProvider.PostgreSql"/>.</summary>
    public string Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>PostgreSQL server connection string; tenants get their own schema in that database.</summary>
    public string? ConnectionString { get; set; }
}
