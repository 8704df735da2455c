using Commerce.Display.Themes;
using Commerce.Problems;
using Commerce.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Commerce.Display.Api;

/// <summary>The tenant's themes: list them and activate a storefront theme.</summary>
public static class ThemesApi
{
    public static RouteGroupBuilder MapThemesApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("api/themes").WithTags("Themes").RequirePermission(DisplayPermissions.ManageThemes);
        api.MapGet("/", List)
            .WithName("ListThemes")
            .WithSummary("List themes")
            .WithDescription("Every theme the host knows, with whether the tenant enabled it and which are its storefront and admin themes.");
        api.MapPost("/{id}/activate", ActivateAsync)
            .WithName("ActivateTheme")
            .WithSummary("Activate a storefront theme")
            .WithDescription("Enables the theme's feature (and its base themes) and makes it the tenant's storefront theme; the next request renders with it.");
        return api;
    }

    private static Ok<IReadOnlyList<ThemeInfo>> List(ThemeService themes) => TypedResults.Ok(themes.List());

    private static async Task<Results<Ok<ThemeInfo>, ProblemHttpResult>> ActivateAsync(string id, ThemeService themes, CancellationToken cancellationToken)
    {
        var (error, message) = await themes.ActivateAsync(id, cancellationToken);
        return error switch
        {
            ThemeActivationError.None => TypedResults.Ok(themes.List().Single(t => t.Id == id) with { Active = true, Enabled = true }),
            ThemeActivationError.NotFound => ProblemResults.NotFound("Theme not found", message, legacyCode: "theme-not-found"),
            ThemeActivationError.IsAdminTheme => ProblemResults.Refused(StatusCodes.Status400BadRequest, "admin-theme", "Not a storefront theme", message),
            _ => ProblemResults.Refused(StatusCodes.Status409Conflict, "theme-refused", "The theme's feature could not be enabled", message),
        };
    }
}
