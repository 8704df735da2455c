using Commerce.Hosting.Tenants;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Commerce.Hosting.Web;

/// <summary>Healthy when start-up finished and the tenant registry answers.</summary>
internal sealed class HostReadinessHealthCheck(CommerceHostReadiness readiness, TenantRegistry registry) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!readiness.IsReady)
        {
            return HealthCheckResult.Unhealthy("Starting up.");
        }

        try
        {
            await registry.StampsAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e)
        {
            return HealthCheckResult.Unhealthy("The tenant registry does not answer.", e);
        }
    }
}
