using Commerce.Shells;
using Microsoft.AspNetCore.Http;

namespace Commerce.Hosting.Shells;

/// <summary>Answers 404 at the storefront entry points of hidden features. Runs right after routing.</summary>
internal sealed class HiddenFeatureMiddleware(RequestDelegate next, IShellFeatures features)
{
    public Task InvokeAsync(HttpContext context)
    {
        var endpoint = context.GetEndpoint();
        if (endpoint?.Metadata.GetMetadata<StorefrontEntryMetadata>() is not null
            && endpoint.Metadata.GetMetadata<FeatureEndpointMetadata>() is { } owner
            && features.IsHidden(owner.FeatureId))
        {
            context.SetEndpoint(null);
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        return next(context);
    }
}
