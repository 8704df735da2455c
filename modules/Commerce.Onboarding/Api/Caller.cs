using System.Security.Claims;

namespace Commerce.Onboarding.Api;

/// <summary>Who is calling, as transitions record it.</summary>
internal static class Caller
{
    /// <summary>The signed-in user's id, or null for the API key (which is not a person).</summary>
    public static string? UserId(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier);

    /// <summary>The user's id, or the API key's name for administrators scripting the audit.</summary>
    public static string Actor(ClaimsPrincipal user) => UserId(user) ?? user.Identity?.Name ?? "unknown";
}
