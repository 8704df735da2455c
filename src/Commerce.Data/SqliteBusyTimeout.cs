using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Commerce.Data;

/// <summary>
/// Lets SQLite itself wait for a busy database (<c>sqlite3_busy_timeout</c>) on every connection EF Core opens.
/// Without it, a writer that finds another writer's lock gets SQLITE_BUSY at once and Microsoft.Data.Sqlite retries
/// after 150 ms sleeps. Set on the native handle, so a pooled connection's reopening costs no SQL statement.
/// Writers of the same process do not get here at all: <see cref="SqliteWriteGate"/> queues them first; the
/// timeout covers other processes (the command-line tool, a second host).
/// <para>
/// Each new native connection is also set to <c>PRAGMA synchronous = NORMAL</c>, once (pooled connections keep it).
/// Commerce databases are in WAL mode (<see cref="DatabaseBootstrapper"/>), where SQLite's default (FULL) syncs the
/// log to disk at every commit: about 1.5 ms on this project's machines, taken while holding the single write lock,
/// which caps a database at some 650 commits a second. With NORMAL the log is synced at checkpoints only: a crash
/// of the process loses nothing committed, a power loss or an operating system crash can lose the last commits but
/// never corrupts the database (the setting SQLite recommends for WAL mode). Deployments that cannot accept that run
/// PostgreSQL.
/// </para>
/// </summary>
public sealed class SqliteBusyTimeout : DbConnectionInterceptor
{
    public static readonly SqliteBusyTimeout Instance = new();

    /// <summary>How long a statement waits for another writer before failing with "database is locked".</summary>
    public const int Milliseconds = 30_000;

    private static readonly ConditionalWeakTable<SQLitePCL.sqlite3, object> Configured = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    /// <summary>Sets the timeout on a connection opened without EF Core.</summary>
    public static void Apply(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle })
        {
            SQLitePCL.raw.sqlite3_busy_timeout(handle, Milliseconds);
            if (!Configured.TryGetValue(handle, out _))
            {
                SQLitePCL.raw.sqlite3_exec(handle, "PRAGMA synchronous = NORMAL;");
                Configured.AddOrUpdate(handle, handle);
            }
        }
    }
}
