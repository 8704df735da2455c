using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Commerce.Problems;

public static class ProblemEndpointExtensions
{
    /// <summary>
    /// Answers a <see cref="ConflictException"/> from these endpoints with the stored state under <c>current</c>, as
    /// <paramref name="current"/> loads it (null: no <c>current</c>), so the caller can apply its change again.
    /// </summary>
    public static TBuilder WithConflictState<TBuilder>(this TBuilder builder, Func<EndpointFilterInvocationContext, ConflictException, ValueTask<object?>> current)
        where TBuilder : IEndpointConventionBuilder
        => builder.AddEndpointFilter(async (context, next) =>
        {
            try
            {
                return await next(context);
            }
            catch (ConflictException conflict)
            {
                return ProblemResults.From(conflict, await current(context, conflict));
            }
        });
}
