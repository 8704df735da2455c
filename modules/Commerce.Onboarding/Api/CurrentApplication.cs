using Commerce.Onboarding.Services;
using Commerce.Problems;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Onboarding.Api;

/// <summary>
/// The application as it is now, for a 409 after someone else changed it (<c>current</c> in the problem), in the
/// applicant's or the auditor's view; the host's filter answers every other refusal.
/// </summary>
internal static class CurrentApplication
{
    public static async ValueTask<object?> LoadAsync(EndpointFilterInvocationContext context, ConflictException conflict, bool forAuditor)
    {
        if (conflict is not ApplicationConflictException { ApplicationId: var id })
        {
            return null;
        }

        var services = context.HttpContext.RequestServices;
        var ct = context.HttpContext.RequestAborted;
        var current = await services.GetRequiredService<ApplicationRepository>().FindAsync(id, ct);
        return current is null ? null : await services.GetRequiredService<ApplicationViews>().BuildAsync(current, forAuditor, ct);
    }
}
