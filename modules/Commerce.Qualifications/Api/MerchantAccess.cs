using System.Security.Claims;
using Commerce.Problems;
using Commerce.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Qualifications.Api;

/// <summary>
/// Who may see and act on a merchant's qualifications: its own people (the merchant claim, or the directory when the
/// membership is newer than the sign-in) and holders of AuditQualifications.
/// </summary>
internal static class MerchantAccess
{
    public static async Task<IResult?> CheckAsync(HttpContext context, Guid merchantId)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated != true)
        {
            return ProblemResults.Unauthorized("Sign in first.");
        }

        if (await IsAuditorAsync(context) || MerchantClaims.IsMemberOf(user, merchantId))
        {
            return null;
        }

        if (UserId(user) is { } id
            && context.RequestServices.GetService<IUserDirectory>() is { } directory
            && await directory.IsMerchantMemberAsync(id, merchantId, context.RequestAborted))
        {
            return null;
        }

        return ProblemResults.Forbidden("Only the merchant's people and auditors may do this.");
    }

    public static async Task<bool> IsAuditorAsync(HttpContext context)
        => (await context.RequestServices.GetRequiredService<IAuthorizationService>()
            .AuthorizeAsync(context.User, PermissionEndpointExtensions.PolicyPrefix + QualificationsPermissions.AuditQualifications.Name)).Succeeded;

    /// <summary>The acting user's id for the audit log: the identity user id, or the API key's name.</summary>
    public static string Actor(ClaimsPrincipal user) => UserId(user) ?? user.Identity?.Name ?? "unknown";

    private static string? UserId(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier);
}
