using System.Security.Claims;
using Commerce.Identity.Security;
using Commerce.Identity.Services;
using Commerce.Problems;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;

namespace Commerce.Identity.Api;

/// <summary>
/// <c>/api/identity</c>: sign-up, sign-in (sets the sign-in cookie; API clients then create a personal access
/// token with <c>POST /api/identity/tokens</c> and send it as a bearer token), sign-out, password reset, me.
/// </summary>
public static class AccountApi
{
    public static RouteGroupBuilder MapAccountApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("api/identity").WithTags("Identity: account");

        api.MapPost("/sign-up", SignUpAsync)
            .LimitAttempts(RateLimitedAction.SignUp)
            .WithName("SignUp")
            .WithSummary("Create an account")
            .WithDescription("Creates a user with the Applicant role. Password: at least 8 characters with a digit, a lower- and an upper-case letter. Does not sign in.");

        api.MapPost("/sign-in", SignInAsync)
            .LimitAttempts(RateLimitedAction.SignIn)
            .WithName("SignIn")
            .WithSummary("Sign in")
            .WithDescription("Checks the user name (or e-mail) and password and sets the tenant's sign-in cookie (HttpOnly, SameSite=Lax). After repeated failures the account locks for a while (403, type locked-out). For scripts, create a personal access token after signing in.");

        api.MapPost("/sign-out", async (AccountService account, HttpContext context) =>
            {
                await account.SignOutAsync(context);
                return TypedResults.NoContent();
            })
            .WithName("SignOut")
            .WithSummary("Sign out")
            .WithDescription("Clears the sign-in cookie.");

        api.MapGet("/me", (ClaimsPrincipal user) => TypedResults.Ok(new MeDto(
                user.FindFirstValue(ClaimTypes.NameIdentifier), user.Identity!.Name ?? "", user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList(), user.Identity.AuthenticationType)))
            .RequireAuthorization()
            .WithName("Me")
            .WithSummary("Who is signed in")
            .WithDescription("The caller's id, name and roles; 401 when not signed in.");

        api.MapPost("/password-reset", async (PasswordResetRequestInput input, AccountService account, HttpContext context) =>
            {
                await account.RequestPasswordResetAsync(input.UserName, context.Request);
                return TypedResults.Accepted((string?)null);
            })
            .LimitAttempts(RateLimitedAction.SignIn)
            .WithName("RequestPasswordReset")
            .WithSummary("Mail a password reset link")
            .WithDescription("Always 202, whether or not the user (name or e-mail) exists. The link works once.");

        api.MapPost("/password-reset/confirm", ConfirmResetAsync)
            .WithName("ConfirmPasswordReset")
            .WithSummary("Set a new password with a reset link's token")
            .WithDescription("userId and token come from the link's user and token parameters.");

        return api;
    }

    private static async Task<Results<Created<UserDto>, ValidationProblem, ProblemHttpResult>> SignUpAsync(SignUpInput input, AccountService account, HttpContext context)
    {
        if (!account.SignUpAllowed)
        {
            return ProblemResults.Refused(StatusCodes.Status403Forbidden, "sign-up-closed", "Sign-up is closed", "This marketplace does not take new accounts.");
        }

        var (user, errors) = await account.SignUpAsync(input.UserName, input.Email, input.Password);
        if (user is null)
        {
            return ProblemResults.Validation(errors);
        }

        return TypedResults.Created($"{context.Request.PathBase}/api/identity/users/{user.Id}", new UserDto(user.Id, user.UserName!, user.Email, false, null, [Commerce.Security.RoleNames.Applicant]));
    }

    private static async Task<Results<Ok<MeDto>, ProblemHttpResult>> SignInAsync(SignInInput input, AccountService account, UserManager<IdentityUser> users)
    {
        var (outcome, user) = await account.SignInAsync(input.UserName, input.Password, input.RememberMe ?? false);
        return outcome switch
        {
            SignInOutcome.SignedIn => TypedResults.Ok(new MeDto(user!.Id, user.UserName!, (await users.GetRolesAsync(user)).ToList(), IdentityConstants.ApplicationScheme)),
            SignInOutcome.LockedOut => ProblemResults.Refused(StatusCodes.Status403Forbidden, "locked-out", "The account is locked", "Too many failed attempts; try again later or reset the password."),
            _ => ProblemResults.Refused(StatusCodes.Status401Unauthorized, "invalid-credentials", "Sign-in failed", "The user name or password is wrong."),
        };
    }

    private static async Task<Results<NoContent, ValidationProblem>> ConfirmResetAsync(PasswordResetConfirmInput input, AccountService account)
    {
        var errors = await account.ResetPasswordAsync(input.UserId, input.Token, input.NewPassword);
        return errors.Count == 0 ? TypedResults.NoContent() : ProblemResults.Validation(errors);
    }
}
