using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Commerce.Data;

/// <summary>
/// Queues the <c>SaveChanges</c> calls of this process on one SQLite database, first come first served, so they take
/// SQLite's single write lock one after the other instead of polling for it. Without the queue, simultaneous writers
/// meet a busy database and SQLite's busy handler sleeps in growing steps (1, 2, 5 … 100 ms) before trying again,
/// which is where a loaded host's slowest saves came from. Waiting here is asynchronous and blocks no thread.
/// </summary>
/// <remarks>
/// Bulk statements (<c>ExecuteUpdate</c>/<c>ExecuteDelete</c>, run as non-queries outside a save: the event
/// dispatcher's cursor moves and leases) take their place in the same queue for the statement's duration. Unqueued,
/// they met saves at SQLite's lock and both sides slept in the busy handler: with the outbox on, each event moved a
/// cursor, and saves stalled 5–30 ms behind those moves.
/// A save or statement inside an explicit transaction is not queued (its transaction may already hold the write lock,
/// and the queue must never wait for a holder of that lock); it still waits for the lock through
/// <see cref="SqliteBusyTimeout"/>, as writers of other processes do.
/// The place in the queue is given up when the save ends however it ends (saved, failed, a concurrency conflict,
/// cancelled) and at the latest when EF Core closes the connection it opened for the save. Should a place ever be
/// held longer than <see cref="MaxWait"/>, the next writer goes ahead and SQLite's own locking decides.
/// </remarks>
public sealed class SqliteWriteGate : SaveChangesInterceptor, IDbConnectionInterceptor, IDbCommandInterceptor
{
    public static readonly SqliteWriteGate Instance = new();

    /// <summary>How long a save waits for its turn before it goes to SQLite's lock without it.</summary>
    public static readonly TimeSpan MaxWait = TimeSpan.FromMilliseconds(SqliteBusyTimeout.Milliseconds);

    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.Ordinal);
    private readonly ConditionalWeakTable<DbContext, SemaphoreSlim> _held = [];
    private readonly ConditionalWeakTable<DbContext, SemaphoreSlim> _statements = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (GateOf(eventData.Context) is { } gate && gate.Wait(MaxWait))
        {
            _held.AddOrUpdate(eventData.Context!, gate);
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (GateOf(eventData.Context) is { } gate && await gate.WaitAsync(MaxWait, cancellationToken))
        {
            _held.AddOrUpdate(eventData.Context!, gate);
        }

        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Release(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Release(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Release(eventData.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return Task.CompletedTask;
    }

    public override InterceptionResult ThrowingConcurrencyException(ConcurrencyExceptionEventData eventData, InterceptionResult result)
    {
        Release(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult> ThrowingConcurrencyExceptionAsync(ConcurrencyExceptionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return ValueTask.FromResult(result);
    }

    void IDbConnectionInterceptor.ConnectionClosed(DbConnection connection, ConnectionEndEventData eventData)
    {
        Release(eventData.Context);
        ReleaseStatement(eventData.Context);
    }

    Task IDbConnectionInterceptor.ConnectionClosedAsync(DbConnection connection, ConnectionEndEventData eventData)
    {
        Release(eventData.Context);
        ReleaseStatement(eventData.Context);
        return Task.CompletedTask;
    }

    InterceptionResult<int> IDbCommandInterceptor.NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        if (StatementGateOf(command, eventData.Context) is { } gate && gate.Wait(MaxWait))
        {
            _statements.AddOrUpdate(eventData.Context!, gate);
        }

        return result;
    }

    async ValueTask<InterceptionResult<int>> IDbCommandInterceptor.NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken)
    {
        if (StatementGateOf(command, eventData.Context) is { } gate && await gate.WaitAsync(MaxWait, cancellationToken))
        {
            _statements.AddOrUpdate(eventData.Context!, gate);
        }

        return result;
    }

    int IDbCommandInterceptor.NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        ReleaseStatement(eventData.Context);
        return result;
    }

    ValueTask<int> IDbCommandInterceptor.NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken)
    {
        ReleaseStatement(eventData.Context);
        return ValueTask.FromResult(result);
    }

    void IDbCommandInterceptor.CommandFailed(DbCommand command, CommandErrorEventData eventData) => ReleaseStatement(eventData.Context);

    Task IDbCommandInterceptor.CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken)
    {
        ReleaseStatement(eventData.Context);
        return Task.CompletedTask;
    }

    void IDbCommandInterceptor.CommandCanceled(DbCommand command, CommandEndEventData eventData) => ReleaseStatement(eventData.Context);

    Task IDbCommandInterceptor.CommandCanceledAsync(DbCommand command, CommandEndEventData eventData, CancellationToken cancellationToken)
    {
        ReleaseStatement(eventData.Context);
        return Task.CompletedTask;
    }

    /// <summary>The gate for a statement outside a save and outside a transaction (a save's own statements are covered by the save's place).</summary>
    private SemaphoreSlim? StatementGateOf(DbCommand command, DbContext? context)
        => command.Transaction is null && context is not null && !_held.TryGetValue(context, out _) ? GateOf(context) : null;

    private void ReleaseStatement(DbContext? context)
    {
        if (context is not null && _statements.TryGetValue(context, out var gate) && _statements.Remove(context))
        {
            gate.Release();
        }
    }

    private static SemaphoreSlim? GateOf(DbContext? context)
        => context is null || context.Database.CurrentTransaction is not null || context.Database.GetConnectionString() is not { } database
            ? null
            : Gates.GetOrAdd(database, static _ => new SemaphoreSlim(1, 1));

    private void Release(DbContext? context)
    {
        if (context is not null && _held.TryGetValue(context, out var gate) && _held.Remove(context))
        {
            gate.Release();
        }
    }
}
