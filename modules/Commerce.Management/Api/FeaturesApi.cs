using Commerce.Hosting.Features;
using Commerce.Problems;
using Commerce.Security;
using Commerce.Shells;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Commerce.Management.Api;

/// <summary>The tenant's features: <c>/api/features</c>.</summary>
public static class FeaturesApi
{
    public static RouteGroupBuilder MapFeaturesApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("api/features").WithTags("Features").RequirePermission(ManagementPermissions.ManageFeatures);

        api.MapGet("/", ListAsync)
            .WithName("ListFeatures")
            .WithSummary("List features")
            .WithDescription("Every feature the host knows, with its dependencies and whether it is enabled and hidden in this tenant.");

        api.MapPost("/{id}/enable", (string id, TenantInfo tenant, FeatureManager manager, CancellationToken ct)
                => ChangeAsync(manager, tenant, FeatureAction.Enable, id, false, ct))
            .WithName("EnableFeature")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Enable a feature")
            .WithDescription("Enables the feature and the features it depends on, which the answer lists. The tenant's shell is rebuilt; in-flight requests finish on the old one.");

        api.MapPost("/{id}/disable", (string id, bool? cascade, TenantInfo tenant, FeatureManager manager, CancellationToken ct)
                => ChangeAsync(manager, tenant, FeatureAction.Disable, id, cascade ?? false, ct))
            .WithName("DisableFeature")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Disable a feature")
            .WithDescription("Disables the feature. Refused with 409 and the dependents named while enabled features depend on it, unless cascade=true disables them too. Data is kept.");

        api.MapPost("/{id}/hide", (string id, TenantInfo tenant, FeatureManager manager, CancellationToken ct)
                => ChangeAsync(manager, tenant, FeatureAction.Hide, id, false, ct))
            .WithName("HideFeature")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Hide a feature from the storefront")
            .WithDescription("The feature stays enabled: its admin pages, APIs and background work keep working, but its storefront entry points answer 404 and leave the navigation.");

        api.MapPost("/{id}/show", (string id, TenantInfo tenant, FeatureManager manager, CancellationToken ct)
                => ChangeAsync(manager, tenant, FeatureAction.Show, id, false, ct))
            .WithName("ShowFeature")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Show a hidden feature")
            .WithDescription("Restores the feature's storefront entry points and navigation links.");

        return api;
    }

    private static async Task<Ok<IReadOnlyList<FeatureDto>>> ListAsync(TenantInfo tenant, FeatureManager manager, CancellationToken ct)
    {
        var features = await manager.ListAsync(tenant.Name, ct);
        return TypedResults.Ok<IReadOnlyList<FeatureDto>>(features.Select(f => new FeatureDto(
            f.Id, f.Name, f.Description, f.Category, f.Module, f.Dependencies, f.Enabled, f.Hidden,
            f.AlwaysEnabled, f.DefaultTenantOnly, f.EnabledByDependencyOnly)).ToList());
    }

    private static async Task<Results<Ok<FeatureChangeDto>, ProblemHttpResult>> ChangeAsync(
        FeatureManager manager, TenantInfo tenant, FeatureAction action, string id, bool cascade, CancellationToken ct)
    {
        var result = await manager.ChangeAsync(tenant.Name, action, [id], cascade, ct);
        if (result.Succeeded)
        {
            return TypedResults.Ok(new FeatureChangeDto(result.Enabled, result.Disabled, result.Hidden, result.Shown));
        }

        return Refusal(result);
    }

    private static ProblemHttpResult Refusal(FeatureChangeResult result)
    {
        var features = new Dictionary<string, object?> { ["features"] = result.Related };
        return result.Error switch
        {
            FeaturePlanError.UnknownFeature => ProblemResults.Refused(StatusCodes.Status404NotFound, "not-found", "Feature not found", result.Message,
                new Dictionary<string, object?> { ["features"] = result.Related, [ProblemTypes.LegacyTypeMember] = ProblemTypes.Of("feature-not-found") }),
            FeaturePlanError.HasDependents => ProblemResults.Refused(StatusCodes.Status409Conflict, "feature-has-dependents", "Other features depend on it", result.Message,
                new Dictionary<string, object?> { ["dependents"] = result.Related }),
            FeaturePlanError.AlwaysEnabled => ProblemResults.Refused(StatusCodes.Status409Conflict, "feature-always-enabled", "The feature is always enabled", result.Message, features),
            FeaturePlanError.DefaultTenantOnly => ProblemResults.Refused(StatusCodes.Status409Conflict, "feature-default-tenant-only", "Only the Default tenant can enable it", result.Message, features),
            FeaturePlanError.EnabledByDependencyOnly => ProblemResults.Refused(StatusCodes.Status409Conflict, "feature-enabled-by-dependency-only", "Enabled only as a dependency", result.Message, features),
            FeaturePlanError.NotEnabled => ProblemResults.Refused(StatusCodes.Status409Conflict, "feature-not-enabled", "The feature is not enabled", result.Message, features),
            _ => throw new ArgumentOutOfRangeException(nameof(result)),
        };
    }
}
