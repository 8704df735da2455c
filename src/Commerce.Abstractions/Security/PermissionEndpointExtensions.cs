using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Commerce.Security;

public static class PermissionEndpointExtensions
{
    /// <summary>The authorization policy name a permission is checked under.</summary>
    public const string PolicyPrefix = "Permission:";

    /// <summary>
    /// Requires <paramref name="permission"/>: anonymous callers get 401, signed-in callers whose roles do not
    /// hold it get 403. The Administrator role holds every permission.
    /// </summary>
    public static TBuilder RequirePermission<TBuilder>(this TBuilder builder, Permission permission)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.RequireAuthorization(PolicyPrefix + permission.Name);
        builder.WithMetadata(new ProducesResponseTypeMetadata(StatusCodes.Status401Unauthorized));
        builder.WithMetadata(new ProducesResponseTypeMetadata(StatusCodes.Status403Forbidden));
        return builder;
    }
}
