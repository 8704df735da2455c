using Microsoft.AspNetCore.Http;

namespace Commerce.Problems;

/// <summary>
/// Answers a refusal (<see cref="RefusalException"/>, or any exception that is an <see cref="IRefusal"/>) thrown by an endpoint (or the services it calls) with its problem
/// (<see cref="ProblemResults.From"/>). The host puts it on every endpoint a feature maps, so modules throw their
/// domain's refusals and do not catch them; <see cref="ProblemEndpointExtensions.WithConflictState{TBuilder}"/> adds the
/// stored state to a conflict where a module can load it.
/// </summary>
public sealed class ProblemExceptionFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (Exception exception) when (exception is IRefusal refusal)
        {
            return ProblemResults.From(refusal);
        }
    }
}
