namespace Commerce.Data;

/// <summary>The database engines Commerce runs on.</summary>
public static class DatabaseProvider
{
    public const string Sqlite = "Sqlite";
    public const string PostgreSql = "PostgreSql";

    /// <summary>Returns the canonical spelling, or null when <paramref name="value"/> is empty or names no provider.</summary>
    public static string? Normalize(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "sqlite" => Sqlite,
        "postgresql" or "postgres" or "npgsql" => PostgreSql,
        _ => null,
    };
}
