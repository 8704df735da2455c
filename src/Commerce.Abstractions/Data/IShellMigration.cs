namespace Commerce.Data;

/// <summary>
/// Brings a feature's schema up to date in the tenant's database. Runs when the feature is first enabled
/// and whenever a shell is activated (which covers a module upgrade). Must be idempotent and safe to run
/// from several processes at once.
/// </summary>
public interface IShellMigration
{
    Task MigrateAsync(CancellationToken cancellationToken);
}
