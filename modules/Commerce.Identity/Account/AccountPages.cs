using Commerce.Identity.Security;
using Commerce.Identity.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using static Commerce.Identity.Account.HtmlPage;

namespace Commerce.Identity.Account;

/// <summary>Sign-in, sign-up, sign-out and password reset pages at <c>/account/...</c>: plain HTML forms.</summary>
internal static class AccountPages
{
    public static void MapAccountPages(this IEndpointRouteBuilder routes)
    {
        var pages = routes.MapGroup("account").ExcludeFromDescription();

        pages.MapGet("/sign-in", (HttpContext context, string? returnUrl) => SignInPage(context, returnUrl, null, null));
        pages.MapPost("/sign-in", SignInAsync);
        pages.MapGet("/sign-up", (HttpContext context) => SignUpPage(context, null, new Dictionary<string, string[]>()));
        pages.MapPost("/sign-up", SignUpAsync);
        pages.MapPost("/sign-out", async (HttpContext context, AccountService account) =>
        {
            if (await ReadFormAsync(context) is null)
            {
                return Forged(context);
            }

            await account.SignOutAsync(context);
            return Results.Redirect(context.Request.PathBase + "/");
        });
        pages.MapGet("/forgot-password", (HttpContext context) => ForgotPage(context, false));
        pages.MapPost("/forgot-password", ForgotAsync);
        pages.MapGet("/reset-password", (HttpContext context, string? user, string? token) => ResetPage(context, user, token, new Dictionary<string, string[]>()));
        pages.MapPost("/reset-password", ResetAsync);
        pages.MapGet("/access-denied", (HttpContext context) =>
            Render(context, "Access denied", "<p>Your account may not open this page.</p>", StatusCodes.Status403Forbidden));
    }

    private static IResult SignInPage(HttpContext context, string? returnUrl, string? userName, string? error, int status = StatusCodes.Status200OK)
        => Render(context, "Sign in",
            Form(context, "/account/sign-in") +
            $"<input type=\"hidden\" name=\"returnUrl\" value=\"{Encode(returnUrl)}\">" +
            Field("User name or e-mail", "userName", value: userName, autocomplete: "username") +
            Field("Password", "password", "password", error: error, autocomplete: "current-password") +
            "<p><button type=\"submit\">Sign in</button></p></form>" +
            $"<p><a href=\"{Encode(context.Request.PathBase + "/account/forgot-password")}\">Forgot your password?</a> · " +
            $"<a href=\"{Encode(context.Request.PathBase + "/account/sign-up")}\">Create an account</a></p>",
            status);

    private static async Task<IResult> SignInAsync(HttpContext context, AccountService account, SignInRateLimiter limiter)
    {
        if (await ReadFormAsync(context) is not { } form)
        {
            return Forged(context);
        }

        if (!limiter.TryAcquire(context, RateLimitedAction.SignIn))
        {
            return SignInPage(context, form["returnUrl"], form["userName"], "Too many attempts; wait a minute.", StatusCodes.Status429TooManyRequests);
        }

        var (outcome, _) = await account.SignInAsync(form["userName"], form["password"], persistent: false);
        return outcome switch
        {
            SignInOutcome.SignedIn => Results.Redirect(LocalReturnUrl(context, form["returnUrl"])),
            SignInOutcome.LockedOut => SignInPage(context, form["returnUrl"], form["userName"], "The account is locked after too many failed attempts; try later or reset the password."),
            _ => SignInPage(context, form["returnUrl"], form["userName"], "The user name or password is wrong."),
        };
    }

    private static IResult SignUpPage(HttpContext context, IFormCollection? form, IDictionary<string, string[]> errors, int status = StatusCodes.Status200OK)
        => Render(context, "Create an account",
            Errors(errors) +
            Form(context, "/account/sign-up") +
            Field("User name", "userName", value: form?["userName"], autocomplete: "username") +
            Field("E-mail", "email", "email", form?["email"], autocomplete: "email") +
            Field("Password (8+ characters, a digit, lower and upper case)", "password", "password", autocomplete: "new-password") +
            "<p><button type=\"submit\">Create account</button></p></form>",
            status);

    private static async Task<IResult> SignUpAsync(HttpContext context, AccountService account, SignInRateLimiter limiter)
    {
        if (await ReadFormAsync(context) is not { } form)
        {
            return Forged(context);
        }

        if (!limiter.TryAcquire(context, RateLimitedAction.SignUp))
        {
            return SignUpPage(context, form, new Dictionary<string, string[]> { ["form"] = ["Too many attempts; wait a minute."] }, StatusCodes.Status429TooManyRequests);
        }

        if (!account.SignUpAllowed)
        {
            return SignUpPage(context, form, new Dictionary<string, string[]> { ["form"] = ["This marketplace does not take new accounts."] }, StatusCodes.Status403Forbidden);
        }

        var (user, errors) = await account.SignUpAsync(form["userName"], form["email"], form["password"]);
        if (user is null)
        {
            return SignUpPage(context, form, errors, StatusCodes.Status400BadRequest);
        }

        await account.SignInAsync(user.UserName, form["password"], persistent: false);
        return Results.Redirect(context.Request.PathBase + "/");
    }

    private static IResult ForgotPage(HttpContext context, bool sent)
        => Render(context, "Reset your password", sent
            ? "<p>If the account exists, a link to choose a new password is on its way to its e-mail address.</p>"
            : Form(context, "/account/forgot-password") + Field("User name or e-mail", "userName", autocomplete: "username") +
              "<p><button type=\"submit\">Send the link</button></p></form>");

    private static async Task<IResult> ForgotAsync(HttpContext context, AccountService account, SignInRateLimiter limiter)
    {
        if (await ReadFormAsync(context) is not { } form)
        {
            return Forged(context);
        }

        if (limiter.TryAcquire(context, RateLimitedAction.SignIn))
        {
            await account.RequestPasswordResetAsync(form["userName"], context.Request);
        }

        return ForgotPage(context, true);
    }

    private static IResult ResetPage(HttpContext context, string? user, string? token, IDictionary<string, string[]> errors, int status = StatusCodes.Status200OK)
        => Render(context, "Choose a new password",
            Errors(errors) +
            Form(context, "/account/reset-password") +
            $"<input type=\"hidden\" name=\"user\" value=\"{Encode(user)}\"><input type=\"hidden\" name=\"token\" value=\"{Encode(token)}\">" +
            Field("New password", "newPassword", "password", autocomplete: "new-password") +
            "<p><button type=\"submit\">Set password</button></p></form>",
            status);

    private static async Task<IResult> ResetAsync(HttpContext context, AccountService account)
    {
        if (await ReadFormAsync(context) is not { } form)
        {
            return Forged(context);
        }

        var errors = await account.ResetPasswordAsync(form["user"], form["token"], form["newPassword"]);
        return errors.Count == 0
            ? Render(context, "Password changed", $"<p>Your password is changed. <a href=\"{Encode(context.Request.PathBase + "/account/sign-in")}\">Sign in</a>.</p>")
            : ResetPage(context, form["user"], form["token"], errors, StatusCodes.Status400BadRequest);
    }
}
