using Commerce.Hosting.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Commerce.Management.Api;

/// <summary>Problem details with stable <c>type</c> values for the management API.</summary>
internal static class Problems
{
    public const string TypePrefix = "urn:commerce:problem:";

    public static ProblemDetails Create(int status, string type, string title, string detail, IDictionary<string, object?>? extensions = null)
    {
        var problem = new ProblemDetails { Status = status, Type = TypePrefix + type, Title = title, Detail = detail };
        if (extensions is not null)
        {
            foreach (var (key, value) in extensions)
            {
                problem.Extensions[key] = value;
            }
        }

        return problem;
    }

    public static ProblemDetails FromFeatureChange(FeatureChangeResult result) => result.Error switch
    {
        FeaturePlanError.UnknownFeature => Create(StatusCodes.Status404NotFound, "feature-not-found", "Feature not found", result.Message!, new Dictionary<string, object?> { ["features"] = result.Related }),
        FeaturePlanError.HasDependents => Create(StatusCodes.Status409Conflict, "feature-has-dependents", "Other features depend on it", result.Message!, new Dictionary<string, object?> { ["dependents"] = result.Related }),
        FeaturePlanError.AlwaysEnabled => Create(StatusCodes.Status409Conflict, "feature-always-enabled", "The feature is always enabled", result.Message!, new Dictionary<string, object?> { ["features"] = result.Related }),
        FeaturePlanError.DefaultTenantOnly => Create(StatusCodes.Status409Conflict, "feature-default-tenant-only", "Only the Default tenant can enable it", result.Message!, new Dictionary<string, object?> { ["features"] = result.Related }),
        FeaturePlanError.EnabledByDependencyOnly => Create(StatusCodes.Status409Conflict, "feature-enabled-by-dependency-only", "Enabled only as a dependency", result.Message!, new Dictionary<string, object?> { ["features"] = result.Related }),
        FeaturePlanError.NotEnabled => Create(StatusCodes.Status409Conflict, "feature-not-enabled", "The feature is not enabled", result.Message!, new Dictionary<string, object?> { ["features"] = result.Related }),
        _ => throw new ArgumentOutOfRangeException(nameof(result)),
    };
}
