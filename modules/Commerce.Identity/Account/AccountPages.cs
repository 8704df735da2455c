using Commerce.Display;
using Commerce.Identity.Security;
using Commerce.Identity.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;

namespace Commerce.Identity.Account;

/// <summary>
/// Sign-in, sign-up, sign-out and password reset at <c>/account/...</c>: Liquid templates under <c>Views/Account/</c>
/// in the storefront theme, plain forms that work without JavaScript, each with its antiforgery token.
/// </summary>
internal static class AccountPages
{
    private static readonly Dictionary<string, string[]> NoErrors = [];

    public static void MapAccountPages(this IEndpointRouteBuilder routes)
    {
        var pages = routes.MapGroup("account").ExcludeFromDescription();

        pages.MapGet("/sign-in", (HttpContext context, IPageRenderer renderer, IStringLocalizer text, string? returnUrl)
            => SignInPage(context, renderer, text, returnUrl, null, NoErrors));
        pages.MapPost("/sign-in", SignInAsync);
        pages.MapGet("/sign-up", (HttpContext context, IPageRenderer renderer, IStringLocalizer text, AccountService account)
            => SignUpPage(context, renderer, text, null, account.SignUpAllowed ? NoErrors : Closed()));
        pages.MapPost("/sign-up", SignUpAsync);
        pages.MapGet("/sign-out", (HttpContext context, IPageRenderer renderer, IStringLocalizer text)
            => renderer.PageAsync("Account/SignOut", new { Antiforgery = PageForms.Token(context), SignedIn = context.User.Identity?.IsAuthenticated == true, UserName = context.User.Identity?.Name }, new PageOptions(text["Sign out"])));
        pages.MapPost("/sign-out", SignOutAsync);
        pages.MapGet("/forgot-password", (HttpContext context, IPageRenderer renderer, IStringLocalizer text) => ForgotPage(context, renderer, text, sent: false));
        pages.MapPost("/forgot-password", ForgotAsync);
        pages.MapGet("/reset-password", (HttpContext context, IPageRenderer renderer, IStringLocalizer text, string? user, string? token)
            => ResetPage(context, renderer, text, user, token, NoErrors));
        pages.MapPost("/reset-password", ResetAsync);
        pages.MapGet("/access-denied", (IPageRenderer renderer, IStringLocalizer text)
            => Message(renderer, text, "Access denied", "Your account may not open this page.", StatusCodes.Status403Forbidden, PageAudience.Storefront));
    }

    /// <summary>A page with one message and an optional link: a confirmation, a refusal, an expired form.</summary>
    public static Task<IResult> Message(IPageRenderer renderer, IStringLocalizer text, string title, string message, int status, PageAudience audience, string? link = null, string? linkText = null)
        => renderer.PageAsync("Account/Message", new { Message = message, Link = link, LinkText = linkText }, new PageOptions(text[title], audience, status));

    private static Dictionary<string, string[]> Closed() => new() { ["form"] = ["This marketplace does not take new accounts."] };

    private static Dictionary<string, string[]> Error(string field, string message) => new() { [field] = [message] };

    private static Task<IResult> SignInPage(HttpContext context, IPageRenderer renderer, IStringLocalizer text, string? returnUrl, string? userName, IDictionary<string, string[]> errors, int status = StatusCodes.Status200OK)
        => renderer.PageAsync(
            "Account/SignIn",
            new { Antiforgery = PageForms.Token(context), ReturnUrl = PageForms.IsLocal(returnUrl) ? returnUrl : null, UserName = userName, Errors = errors },
            new PageOptions(text["Sign in"], PageAudience.Storefront, status));

    private static async Task<IResult> SignInAsync(HttpContext context, AccountService account, SignInRateLimiter limiter, IPageRenderer renderer, IStringLocalizer text)
    {
        if (await PageForms.ReadAsync(context) is not { } form)
        {
            return await PageForms.ExpiredAsync(context, PageAudience.Storefront);
        }

        string? returnUrl = form["returnUrl"], userName = form["userName"];
        if (!limiter.TryAcquire(context, RateLimitedAction.SignIn))
        {
            return await SignInPage(context, renderer, text, returnUrl, userName, Error("form", "Too many attempts; wait a minute."), StatusCodes.Status429TooManyRequests);
        }

        var (outcome, _) = await account.SignInAsync(userName, form["password"], persistent: false);
        return outcome switch
        {
            SignInOutcome.SignedIn => Results.Redirect(PageForms.LocalReturnUrl(context, returnUrl)),
            SignInOutcome.LockedOut => await SignInPage(context, renderer, text, returnUrl, userName,
                Error("form", "The account is locked after too many failed attempts; try later or reset the password.")),
            _ => await SignInPage(context, renderer, text, returnUrl, userName, Error("password", "The user name or password is wrong.")),
        };
    }

    private static Task<IResult> SignUpPage(HttpContext context, IPageRenderer renderer, IStringLocalizer text, IFormCollection? form, IDictionary<string, string[]> errors, int status = StatusCodes.Status200OK)
        => renderer.PageAsync(
            "Account/SignUp",
            new { Antiforgery = PageForms.Token(context), UserName = form?["userName"].ToString(), Email = form?["email"].ToString(), Errors = errors },
            new PageOptions(text["Create an account"], PageAudience.Storefront, status));

    private static async Task<IResult> SignUpAsync(HttpContext context, AccountService account, SignInRateLimiter limiter, IPageRenderer renderer, IStringLocalizer text)
    {
        if (await PageForms.ReadAsync(context) is not { } form)
        {
            return await PageForms.ExpiredAsync(context, PageAudience.Storefront);
        }

        if (!limiter.TryAcquire(context, RateLimitedAction.SignUp))
        {
            return await SignUpPage(context, renderer, text, form, Error("form", "Too many attempts; wait a minute."), StatusCodes.Status429TooManyRequests);
        }

        if (!account.SignUpAllowed)
        {
            return await SignUpPage(context, renderer, text, form, Closed(), StatusCodes.Status403Forbidden);
        }

        var (user, errors) = await account.SignUpAsync(form["userName"], form["email"], form["password"]);
        if (user is null)
        {
            return await SignUpPage(context, renderer, text, form, errors, StatusCodes.Status400BadRequest);
        }

        await account.SignInAsync(user.UserName, form["password"], persistent: false);
        return Results.Redirect(context.Request.PathBase + "/");
    }

    private static async Task<IResult> SignOutAsync(HttpContext context, AccountService account, IPageRenderer renderer, IStringLocalizer text)
    {
        if (await PageForms.ReadAsync(context) is null)
        {
            return await PageForms.ExpiredAsync(context, PageAudience.Storefront);
        }

        await account.SignOutAsync(context);
        return Results.Redirect(context.Request.PathBase + "/");
    }

    private static Task<IResult> ForgotPage(HttpContext context, IPageRenderer renderer, IStringLocalizer text, bool sent)
        => renderer.PageAsync(
            "Account/ForgotPassword",
            new { Antiforgery = sent ? null : PageForms.Token(context), Sent = sent },
            new PageOptions(text["Reset your password"]));

    private static async Task<IResult> ForgotAsync(HttpContext context, AccountService account, SignInRateLimiter limiter, IPageRenderer renderer, IStringLocalizer text)
    {
        if (await PageForms.ReadAsync(context) is not { } form)
        {
            return await PageForms.ExpiredAsync(context, PageAudience.Storefront);
        }

        // Over the limit the answer is the same, so it tells nothing about which accounts exist.
        if (limiter.TryAcquire(context, RateLimitedAction.SignIn))
        {
            await account.RequestPasswordResetAsync(form["userName"], context.Request);
        }

        return await ForgotPage(context, renderer, text, sent: true);
    }

    private static Task<IResult> ResetPage(HttpContext context, IPageRenderer renderer, IStringLocalizer text, string? user, string? token, IDictionary<string, string[]> errors, int status = StatusCodes.Status200OK)
        => renderer.PageAsync(
            "Account/ResetPassword",
            new { Antiforgery = PageForms.Token(context), User = user, Token = token, Errors = errors },
            new PageOptions(text["Choose a new password"], PageAudience.Storefront, status));

    private static async Task<IResult> ResetAsync(HttpContext context, AccountService account, IPageRenderer renderer, IStringLocalizer text)
    {
        if (await PageForms.ReadAsync(context) is not { } form)
        {
            return await PageForms.ExpiredAsync(context, PageAudience.Storefront);
        }

        var errors = await account.ResetPasswordAsync(form["user"], form["token"], form["newPassword"]);
        if (errors.Count == 0)
        {
            return await Message(renderer, text, "Password changed", "Your password is changed.", StatusCodes.Status200OK, PageAudience.Storefront, "/account/sign-in", "Sign in");
        }

        // The link's own fields are hidden: their errors show at the top of the form.
        if (errors.Remove("userId") | errors.Remove("token"))
        {
            errors["form"] = ["The link is not valid or was used already."];
        }

        return await ResetPage(context, renderer, text, form["user"], form["token"], errors, StatusCodes.Status400BadRequest);
    }
}
