using System.Security.Claims;
using Commerce.Identity.Services;
using Commerce.Problems;
using Commerce.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Identity.Api;

/// <summary><c>/api/identity/users</c>: list, create, lock, unlock, assign roles.</summary>
public static class UsersApi
{
    public static RouteGroupBuilder MapUsersApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("api/identity/users").WithTags("Identity: users");

        api.MapGet("/", ListAsync)
            .RequirePermission(IdentityPermissions.ViewUsers)
            .WithName("ListUsers")
            .WithSummary("List users")
            .WithDescription("Users of this tenant with their roles and lockout state, by user name.");

        api.MapPost("/", CreateAsync)
            .RequirePermission(IdentityPermissions.ManageUsers)
            .WithName("CreateUser")
            .WithSummary("Create a user")
            .WithDescription("Creates a user with a password and roles. Only administrators can give the Administrator role.");

        api.MapPost("/{id}/lock", (string id, UserManager<IdentityUser> users, ClaimsPrincipal caller) => LockAsync(id, true, users, caller))
            .RequirePermission(IdentityPermissions.ManageUsers)
            .WithName("LockUser")
            .WithSummary("Lock a user out")
            .WithDescription("The user can no longer sign in; access tokens stop working at once, sign-in cookies within minutes (the security stamp changes).");

        api.MapPost("/{id}/unlock", (string id, UserManager<IdentityUser> users, ClaimsPrincipal caller) => LockAsync(id, false, users, caller))
            .RequirePermission(IdentityPermissions.ManageUsers)
            .WithName("UnlockUser")
            .WithSummary("Unlock a user")
            .WithDescription("Ends a lockout, whether set by an admin or by failed sign-ins.");

        api.MapPut("/{id}/roles", SetRolesAsync)
            .RequirePermission(IdentityPermissions.ManageUsers)
            .WithName("SetUserRoles")
            .WithSummary("Set a user's roles")
            .WithDescription("Replaces the user's roles. Only administrators can give or take the Administrator role.");

        return api;
    }

    internal static async Task<UserDto> ToDtoAsync(IdentityUser user, UserManager<IdentityUser> users)
        => new(user.Id, user.UserName!, user.Email, user.LockoutEnd is { } end && end > DateTimeOffset.UtcNow, user.LockoutEnd, (await users.GetRolesAsync(user)).Order(StringComparer.Ordinal).ToList());

    private static async Task<Ok<IReadOnlyList<UserDto>>> ListAsync(UserManager<IdentityUser> users, CancellationToken ct)
    {
        var list = await users.Users.AsNoTracking().OrderBy(u => u.NormalizedUserName).Take(500).ToListAsync(ct);
        var result = new List<UserDto>();
        foreach (var user in list)
        {
            result.Add(await ToDtoAsync(user, users));
        }

        return TypedResults.Ok<IReadOnlyList<UserDto>>(result);
    }

    private static async Task<Results<Created<UserDto>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        CreateUserInput input, UserManager<IdentityUser> users, RoleManager<IdentityRole> roles, ClaimsPrincipal caller, HttpContext context)
    {
        var errors = AccountService.Required(("userName", input.UserName), ("email", input.Email), ("password", input.Password));
        var wanted = (input.Roles ?? []).Distinct(StringComparer.Ordinal).ToList();
        if (await CheckRolesAsync(wanted, [], roles, caller) is { } roleError)
        {
            errors["roles"] = [roleError];
        }

        if (errors.Count > 0)
        {
            return ProblemResults.Validation(errors);
        }

        var user = new IdentityUser(input.UserName!.Trim()) { Email = input.Email!.Trim(), EmailConfirmed = true };
        var created = await users.CreateAsync(user, input.Password!);
        if (!created.Succeeded)
        {
            return ProblemResults.Validation(IdentityErrors.ByField(created));
        }

        if (wanted.Count > 0)
        {
            await users.AddToRolesAsync(user, wanted);
        }

        return TypedResults.Created($"{context.Request.PathBase}/api/identity/users/{user.Id}", await ToDtoAsync(user, users));
    }

    private static async Task<Results<Ok<UserDto>, ProblemHttpResult>> LockAsync(string id, bool locked, UserManager<IdentityUser> users, ClaimsPrincipal caller)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return ProblemResults.NotFound("The user does not exist", $"No user '{id}'.", legacyCode: "user-not-found");
        }

        if (locked && user.Id == caller.FindFirstValue(ClaimTypes.NameIdentifier))
        {
            return ProblemResults.Refused(StatusCodes.Status409Conflict, "cannot-lock-self", "You cannot lock yourself out", "Ask another administrator.");
        }

        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, locked ? DateTimeOffset.MaxValue : null);
        if (!locked)
        {
            await users.ResetAccessFailedCountAsync(user);
        }

        await users.UpdateSecurityStampAsync(user);
        return TypedResults.Ok(await ToDtoAsync(user, users));
    }

    private static async Task<Results<Ok<UserDto>, ValidationProblem, ProblemHttpResult>> SetRolesAsync(
        string id, UserRolesInput input, UserManager<IdentityUser> users, RoleManager<IdentityRole> roles, ClaimsPrincipal caller)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return ProblemResults.NotFound("The user does not exist", $"No user '{id}'.", legacyCode: "user-not-found");
        }

        var wanted = (input.Roles ?? []).Distinct(StringComparer.Ordinal).ToList();
        var current = await users.GetRolesAsync(user);
        if (await CheckRolesAsync(wanted, current, roles, caller) is { } roleError)
        {
            return ProblemResults.Field("roles", roleError);
        }

        await users.RemoveFromRolesAsync(user, current.Except(wanted));
        await users.AddToRolesAsync(user, wanted.Except(current));
        await users.UpdateSecurityStampAsync(user);
        return TypedResults.Ok(await ToDtoAsync(user, users));
    }

    /// <summary>Unknown roles, and the Administrator role changed by a non-administrator, are refused.</summary>
    internal static async Task<string?> CheckRolesAsync(IReadOnlyList<string> wanted, IList<string> current, RoleManager<IdentityRole> roles, ClaimsPrincipal caller)
    {
        foreach (var role in wanted)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                return $"No role named '{role}'.";
            }
        }

        var adminChanges = wanted.Contains(RoleNames.Administrator) != current.Contains(RoleNames.Administrator);
        return adminChanges && !caller.IsInRole(RoleNames.Administrator) ? "Only administrators can give or take the Administrator role." : null;
    }
}
