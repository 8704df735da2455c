using System.Data.Common;
using System.Runtime.CompilerServices;
using Commerce.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Commerce.Data;

/// <summary>
/// Tells the tenant's event consumers in this process, at once, that a save committed staged events, so they need not
/// wait for their next poll. A save inside an explicit transaction tells them when that transaction commits.
/// Saves that staged nothing cost a lookup in a weak table.
/// </summary>
public sealed class OutboxCommitInterceptor(Action committed) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, object> _awaitingCommit = [];

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        AfterSave(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        AfterSave(eventData.Context);
        return ValueTask.FromResult(result);
    }

    void IDbTransactionInterceptor.TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => AfterCommit(eventData.Context);

    Task IDbTransactionInterceptor.TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken)
    {
        AfterCommit(eventData.Context);
        return Task.CompletedTask;
    }

    private void AfterSave(DbContext? context)
    {
        if (context is null || !EventOutboxExtensions.TakeStaged(context))
        {
            return;
        }

        if (context.Database.CurrentTransaction is null)
        {
            committed();
        }
        else
        {
            _awaitingCommit.AddOrUpdate(context, this);
        }
    }

    private void AfterCommit(DbContext? context)
    {
        if (context is not null && _awaitingCommit.Remove(context))
        {
            committed();
        }
    }
}
