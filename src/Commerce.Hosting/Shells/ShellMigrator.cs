using Commerce.Data;
using Commerce.Shells;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Hosting.Shells;

/// <summary>
/// Runs the schema migrations that the given features registered in a shell's container. The database's schema
/// stamps are read once for the run (<see cref="SchemaStampSnapshot"/>), so migrations that are current cost nothing.
/// </summary>
public static class ShellMigrator
{
    public static async Task MigrateAsync(IServiceProvider shellServices, IReadOnlyCollection<string> featureIds, CancellationToken cancellationToken)
    {
        var features = shellServices.GetRequiredService<IShellFeatures>();
        await using var scope = shellServices.CreateAsyncScope();
        var database = shellServices.GetRequiredService<ShellBlueprint>().Database;
        scope.ServiceProvider.GetRequiredService<SchemaStampSnapshot>().Load(await HostTableReader.SchemaStampsAsync(database, cancellationToken));
        foreach (var migration in scope.ServiceProvider.GetServices<IShellMigration>())
        {
            // Host-owned migrations have no feature and already ran; module ones run for their feature.
            if (features.FeatureOf(migration.GetType()) is { } owner && featureIds.Contains(owner))
            {
                await migration.MigrateAsync(cancellationToken);
            }
        }
    }
}
