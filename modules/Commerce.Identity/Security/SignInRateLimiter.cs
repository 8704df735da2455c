using System.Threading.RateLimiting;
using Commerce.Problems;
using Commerce.Shells;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Commerce.Identity.Security;

/// <summary>What a rate limit guards; each has its own budget.</summary>
public enum RateLimitedAction
{
    SignIn,
    SignUp,
}

/// <summary>
/// Fixed-window limits (System.Threading.RateLimiting, the limiter ASP.NET Core's middleware runs on) per
/// tenant, action and client IP. One instance per shell, disposed with it: the rate-limiting middleware's
/// limiter keeps a timer that would hold every replaced shell in memory, so the limit is applied by an
/// endpoint filter instead.
/// </summary>
public sealed class SignInRateLimiter : IAsyncDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public SignInRateLimiter(IOptions<IdentityModuleOptions> options)
    {
        var settings = options.Value;
        _limiter = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, key.StartsWith(nameof(RateLimitedAction.SignUp), StringComparison.Ordinal) ? settings.SignUpPermitsPerMinute : settings.SignInPermitsPerMinute),
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));
    }

    /// <summary>True when the request may go on.</summary>
    public bool TryAcquire(HttpContext context, RateLimitedAction action)
    {
        var tenant = context.RequestServices.GetRequiredService<TenantInfo>().Name;
        var ip = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        using var lease = _limiter.AttemptAcquire($"{action}|{tenant}|{ip}");
        return lease.IsAcquired;
    }

    public static ProblemHttpResult TooManyRequests()
        => ProblemResults.RateLimited("Too many attempts", "Too many attempts from this address; wait a minute and try again.");

    public ValueTask DisposeAsync() => _limiter.DisposeAsync();
}

public static class RateLimitEndpointExtensions
{
    /// <summary>Answers 429 with problem details once the client used up its budget for <paramref name="action"/>.</summary>
    public static TBuilder LimitAttempts<TBuilder>(this TBuilder builder, RateLimitedAction action)
        where TBuilder : IEndpointConventionBuilder
        => builder.AddEndpointFilter(async (context, next) =>
        {
            var limiter = context.HttpContext.RequestServices.GetRequiredService<SignInRateLimiter>();
            if (!limiter.TryAcquire(context.HttpContext, action))
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                return SignInRateLimiter.TooManyRequests();
            }

            return await next(context);
        }).ProducesProblem(StatusCodes.Status429TooManyRequests);
}
