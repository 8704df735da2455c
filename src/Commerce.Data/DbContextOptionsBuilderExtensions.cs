using Microsoft.EntityFrameworkCore;

namespace Commerce.Data;

public static class DbContextOptionsBuilderExtensions
{
    /// <summary>Points a typed options builder at <paramref name="location"/>; see the untyped overload.</summary>
    public static DbContextOptionsBuilder<TContext> UseLocation<TContext>(this DbContextOptionsBuilder<TContext> options, DatabaseLocation location)
        where TContext : DbContext
    {
        ((DbContextOptionsBuilder)options).UseLocation(location, typeof(TContext));
        return options;
    }

    /// <summary>
    /// Points a DbContext at <paramref name="location"/>, with the migration history of
    /// <paramref name="context"/> in its own table (<c>__migrations_ContextName</c>) so every module versions
    /// its schema on its own.
    /// </summary>
    public static DbContextOptionsBuilder UseLocation(this DbContextOptionsBuilder options, DatabaseLocation location, Type context)
    {
        var historyTable = "__migrations_" + context.Name;
        if (location.IsSqlite)
        {
            options.UseSqlite(location.ConnectionString, o => o.MigrationsHistoryTable(historyTable));
            options.AddInterceptors(SqliteBusyTimeout.Instance, SqliteWriteGate.Instance);
        }
        else
        {
            options.UseNpgsql(location.ConnectionString, o => o.MigrationsHistoryTable(historyTable, location.Schema));
        }

        // Migrations are written by hand for both providers and carry no model snapshot, so EF Core cannot compare a
        // model with them (it logs ModelSnapshotNotFound instead of a pending-model-changes warning). What guards the
        // model is tests/Commerce.Architecture.Tests (SchemaMatchesModelTests): every context's migrations must build
        // the schema of its model, on SQLite and PostgreSQL.
        return options;
    }
}
