using System.Security.Claims;
using Commerce.Identity.Domain;
using Commerce.Identity.Services;
using Commerce.Problems;
using Commerce.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Commerce.Identity.Api;

/// <summary><c>/api/identity/tokens</c>: the caller's personal access tokens.</summary>
public static class TokensApi
{
    public static RouteGroupBuilder MapTokensApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("api/identity/tokens").WithTags("Identity: access tokens")
            .RequirePermission(IdentityPermissions.ManageOwnAccessTokens);

        api.MapPost("/", CreateAsync)
            .WithName("CreateAccessToken")
            .WithSummary("Create a personal access token")
            .WithDescription("Returns the token once; send it as 'Authorization: Bearer <token>'. It acts as its user with the user's current roles. expiresInDays: 1 to 366, default 30.");

        api.MapGet("/", async (ClaimsPrincipal caller, AccessTokens tokens, TimeProvider clock, CancellationToken ct) =>
                TypedResults.Ok<IReadOnlyList<TokenDto>>((await tokens.ListAsync(UserIdOf(caller) ?? "", ct)).Select(t => ToDto(t, clock.GetUtcNow())).ToList()))
            .WithName("ListAccessTokens")
            .WithSummary("List my access tokens")
            .WithDescription("The caller's tokens, newest first, without their secrets.");

        api.MapDelete("/{id:guid}", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, ClaimsPrincipal caller, AccessTokens tokens, CancellationToken ct) =>
                await tokens.RevokeAsync(UserIdOf(caller) ?? "", id, ct) ? TypedResults.NoContent() : ProblemResults.NotFound("The token does not exist", $"No token '{id}'.", legacyCode: "token-not-found"))
            .WithName("RevokeAccessToken")
            .WithSummary("Revoke one of my access tokens")
            .WithDescription("The token stops working at once. Revoking twice is harmless.");

        return api;
    }

    private static async Task<Results<Created<CreatedTokenDto>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        CreateTokenInput input, ClaimsPrincipal caller, AccessTokens tokens, HttpContext context, CancellationToken ct)
    {
        if (UserIdOf(caller) is not { } userId)
        {
            return ProblemResults.Refused(StatusCodes.Status409Conflict, "not-a-user", "Only users have access tokens", "The API key is not a user; sign in as one.");
        }

        var errors = new Dictionary<string, string[]>();
        var name = input.Name?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            errors["name"] = ["Required: what the token is for."];
        }
        else if (name.Length > AccessToken.NameMaxLength)
        {
            errors["name"] = [$"At most {AccessToken.NameMaxLength} characters."];
        }

        var days = input.ExpiresInDays ?? 30;
        if (days < 1 || days > AccessTokens.MaxLifetime.TotalDays)
        {
            errors["expiresInDays"] = [$"From 1 to {AccessTokens.MaxLifetime.TotalDays} days."];
        }

        if (errors.Count > 0)
        {
            return ProblemResults.Validation(errors);
        }

        var (token, secret) = await tokens.CreateAsync(userId, name!, TimeSpan.FromDays(days), ct);
        return TypedResults.Created($"{context.Request.PathBase}/api/identity/tokens/{token.Id}", new CreatedTokenDto(token.Id, token.Name, secret, token.ExpiresUtc));
    }

    private static string? UserIdOf(ClaimsPrincipal caller)
        => caller.Identity?.AuthenticationType is "ApiKey" ? null : caller.FindFirstValue(ClaimTypes.NameIdentifier);

    private static TokenDto ToDto(AccessToken t, DateTimeOffset now) => new(t.Id, t.Name, t.Prefix, t.CreatedUtc, t.ExpiresUtc, t.RevokedUtc, t.IsActive(now));
}
