using Commerce.Mail;
using Commerce.Security;
using Commerce.Shells;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Commerce.Identity.Services;

/// <summary>How a sign-in attempt ended.</summary>
public enum SignInOutcome
{
    SignedIn,
    WrongCredentials,
    LockedOut,
}

/// <summary>The account use cases shared by the JSON API and the pages.</summary>
public sealed class AccountService(
    UserManager<IdentityUser> users,
    SignInManager<IdentityUser> signIn,
    IEmailSender mail,
    TenantInfo tenant,
    IOptions<IdentityModuleOptions> options,
    ILogger<AccountService> logger)
{
    public bool SignUpAllowed => options.Value.AllowSignUp;

    /// <summary>Creates an account with the Applicant role. Errors are keyed by field.</summary>
    public async Task<(IdentityUser? User, Dictionary<string, string[]> Errors)> SignUpAsync(string? userName, string? email, string? password)
    {
        var errors = Required(("userName", userName), ("email", email), ("password", password));
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var user = new IdentityUser(userName!.Trim()) { Email = email!.Trim() };
        var created = await users.CreateAsync(user, password!);
        if (!created.Succeeded)
        {
            return (null, IdentityErrors.ByField(created));
        }

        await users.AddToRoleAsync(user, RoleNames.Applicant);
        return (user, errors);
    }

    /// <summary>Checks the password (counting failures towards lockout) and issues the sign-in cookie.</summary>
    public async Task<(SignInOutcome Outcome, IdentityUser? User)> SignInAsync(string? userNameOrEmail, string? password, bool persistent)
    {
        if (string.IsNullOrWhiteSpace(userNameOrEmail) || string.IsNullOrEmpty(password))
        {
            return (SignInOutcome.WrongCredentials, null);
        }

        var user = await FindAsync(userNameOrEmail);
        if (user is null)
        {
            return (SignInOutcome.WrongCredentials, null);
        }

        var result = await signIn.PasswordSignInAsync(user, password, persistent, lockoutOnFailure: true);
        return (result.Succeeded ? SignInOutcome.SignedIn : result.IsLockedOut ? SignInOutcome.LockedOut : SignInOutcome.WrongCredentials, user);
    }

    public Task SignOutAsync(HttpContext context) => context.SignOutAsync(IdentityConstants.ApplicationScheme);

    /// <summary>
    /// Mails a one-time reset link when the user exists; says nothing either way, so the answer does not tell
    /// which accounts exist. The link uses the tenant's host name when it has one, not the request's Host header.
    /// </summary>
    public async Task RequestPasswordResetAsync(string? userNameOrEmail, HttpRequest request)
    {
        if (string.IsNullOrWhiteSpace(userNameOrEmail) || await FindAsync(userNameOrEmail) is not { Email: { Length: > 0 } email } user)
        {
            return;
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        var host = tenant.RequestUrlHost ?? request.Host.Value;
        var link = $"{request.Scheme}://{host}{request.PathBase}/account/reset-password?user={Uri.EscapeDataString(user.Id)}&token={Uri.EscapeDataString(token)}";
        await mail.SendAsync(new EmailMessage(
            email,
            "Reset your password / 重置密码",
            $"Hello {user.UserName},\n\nOpen this link to choose a new password. It works once.\n打开以下链接设置新密码（仅可使用一次）：\n\n{link}\n\nIf you did not ask for this, ignore this message."));
        logger.LogInformation("Password reset link mailed to user {User}", user.Id);
    }

    /// <summary>Sets a new password with a reset token; the token then stops working (the security stamp changes).</summary>
    public async Task<Dictionary<string, string[]>> ResetPasswordAsync(string? userId, string? token, string? newPassword)
    {
        var errors = Required(("userId", userId), ("token", token), ("newPassword", newPassword));
        if (errors.Count > 0)
        {
            return errors;
        }

        var user = await users.FindByIdAsync(userId!);
        if (user is null)
        {
            return new Dictionary<string, string[]> { ["token"] = ["The link is not valid or was used already."] };
        }

        var reset = await users.ResetPasswordAsync(user, token!, newPassword!);
        if (reset.Succeeded)
        {
            await users.SetLockoutEndDateAsync(user, null);
            await users.ResetAccessFailedCountAsync(user);
            return errors;
        }

        var byField = IdentityErrors.ByField(reset, "newPassword");
        if (byField.Remove("general", out _) || reset.Errors.Any(e => e.Code == "InvalidToken"))
        {
            byField["token"] = ["The link is not valid or was used already."];
        }

        return byField;
    }

    private async Task<IdentityUser?> FindAsync(string userNameOrEmail)
        => await users.FindByNameAsync(userNameOrEmail.Trim()) ?? await users.FindByEmailAsync(userNameOrEmail.Trim());

    internal static Dictionary<string, string[]> Required(params (string Field, string? Value)[] fields)
    {
        var errors = new Dictionary<string, string[]>();
        foreach (var (field, value) in fields.Where(f => string.IsNullOrWhiteSpace(f.Value)))
        {
            errors[field] = ["Required."];
        }

        return errors;
    }
}
