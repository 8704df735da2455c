using Commerce.Display;
using Commerce.Identity.Account;
using Commerce.Identity.Api;
using Commerce.Identity.Services;
using Commerce.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Commerce.Identity.Admin;

/// <summary>
/// <c>/admin/users</c>, <c>/admin/roles</c> and a role's grants at <c>/admin/roles/{role}</c>: Liquid templates under
/// <c>Views/Identity/</c> in the admin theme, usable without JavaScript, each form with its antiforgery token.
/// </summary>
internal static class IdentityAdminPages
{
    public static void MapIdentityAdminPages(this IEndpointRouteBuilder routes)
    {
        var admin = routes.MapGroup("admin").ExcludeFromDescription();
        admin.MapGet("/users", UsersAsync).RequirePermission(IdentityPermissions.ViewUsers);
        admin.MapPost("/users", CreateUserAsync).RequirePermission(IdentityPermissions.ManageUsers);
        admin.MapPost("/users/{id}/roles", SetUserRolesAsync).RequirePermission(IdentityPermissions.ManageUsers);
        admin.MapPost("/users/{id}/lock", (HttpContext context, string id, UserManager<IdentityUser> users, IPageRenderer renderer, IStringLocalizer text)
            => LockAsync(context, id, true, users, renderer, text)).RequirePermission(IdentityPermissions.ManageUsers);
        admin.MapPost("/users/{id}/unlock", (HttpContext context, string id, UserManager<IdentityUser> users, IPageRenderer renderer, IStringLocalizer text)
            => LockAsync(context, id, false, users, renderer, text)).RequirePermission(IdentityPermissions.ManageUsers);
        admin.MapGet("/roles", RolesAsync).RequirePermission(IdentityPermissions.ViewUsers);
        admin.MapPost("/roles", CreateRoleAsync).RequirePermission(IdentityPermissions.ManageRoles);
        admin.MapGet("/roles/{role}", GrantsAsync).RequirePermission(IdentityPermissions.ViewUsers);
        admin.MapPost("/roles/{role}/permissions", SetGrantsAsync).RequirePermission(IdentityPermissions.ManageRoles);
    }

    private static async Task<IResult> UsersAsync(
        HttpContext context, string? created, UserManager<IdentityUser> users, RoleManager<IdentityRole> roles, TimeProvider clock,
        IPageRenderer renderer, IStringLocalizer text, IAuthorizationService authorization)
        => await UsersPageAsync(context, users, roles, clock, renderer, text, authorization, null, NoErrors, created);

    /// <summary>The users page; <paramref name="form"/> and <paramref name="errors"/> refill the create form after a bad post.</summary>
    private static async Task<IResult> UsersPageAsync(
        HttpContext context, UserManager<IdentityUser> users, RoleManager<IdentityRole> roles, TimeProvider clock, IPageRenderer renderer, IStringLocalizer text,
        IAuthorizationService authorization, IFormCollection? form, IDictionary<string, string[]> errors, string? created = null, int status = StatusCodes.Status200OK)
    {
        var list = await users.Users.AsNoTracking().OrderBy(u => u.NormalizedUserName).Take(500).ToListAsync(context.RequestAborted);
        var now = clock.GetUtcNow();
        var rows = new List<UserRow>(list.Count);
        foreach (var user in list)
        {
            var userRoles = (await users.GetRolesAsync(user)).Order(StringComparer.Ordinal).ToList();
            rows.Add(new UserRow(user.Id, user.UserName ?? "", user.Email, userRoles, user.LockoutEnd is { } end && end > now));
        }

        var canManage = await AllowedAsync(context, authorization, IdentityPermissions.ManageUsers);
        List<string> allRoles = canManage ? await RoleNamesAsync(roles, context.RequestAborted) : [];
        return await renderer.PageAsync(
            "Identity/Users",
            new
            {
                Users = rows,
                CanManage = canManage,
                Antiforgery = canManage ? PageForms.Token(context) : null,
                AllRoles = allRoles,
                Created = created,
                NewUserName = form?["userName"].ToString(),
                NewEmail = form?["email"].ToString(),
                ChosenRoles = form is null ? new List<string>() : form["roles"].Where(r => r is not null).Select(r => r!).ToList(),
                FieldErrors = errors,
            },
            new PageOptions(text["Users"], PageAudience.Admin, status),
            context.RequestAborted);
    }

    private static async Task<IResult> CreateUserAsync(
        HttpContext context, UserManager<IdentityUser> users, RoleManager<IdentityRole> roles, TimeProvider clock, IPageRenderer renderer, IStringLocalizer text,
        IAuthorizationService authorization)
    {
        if (await PageForms.ReadAsync(context) is not { } form)
        {
            return await PageForms.ExpiredAsync(context, PageAudience.Admin);
        }

        var errors = AccountService.Required(("userName", form["userName"]), ("email", form["email"]), ("password", form["password"]));
        var wanted = form["roles"].Where(r => !string.IsNullOrEmpty(r)).Select(r => r!).Distinct(StringComparer.Ordinal).ToList();
        if (await UsersApi.CheckRolesAsync(wanted, [], roles, context.User) is { } roleError)
        {
            errors["roles"] = [roleError];
        }

        if (errors.Count == 0)
        {
            var user = new IdentityUser(form["userName"].ToString().Trim()) { Email = form["email"].ToString().Trim(), EmailConfirmed = true };
            // Every field's errors at once: CreateAsync stops at the password's before checking the user's.
            var created = await ValidateAsync(users, user, form["password"].ToString());
            if (created.Succeeded)
            {
                created = await users.CreateAsync(user, form["password"].ToString());
            }

            if (created.Succeeded)
            {
                if (wanted.Count > 0)
                {
                    await users.AddToRolesAsync(user, wanted);
                }

                return SeeOther($"{context.Request.PathBase}/admin/users?created={Uri.EscapeDataString(user.UserName!)}");
            }

            errors = IdentityErrors.ByField(created);
        }

        return await UsersPageAsync(context, users, roles, clock, renderer, text, authorization, form, errors, status: StatusCodes.Status400BadRequest);
    }

    private static async Task<IdentityResult> ValidateAsync(UserManager<IdentityUser> users, IdentityUser user, string password)
    {
        var failures = new List<IdentityError>();
        foreach (var validator in users.UserValidators)
        {
            failures.AddRange((await validator.ValidateAsync(users, user)).Errors);
        }

        foreach (var validator in users.PasswordValidators)
        {
            failures.AddRange((await validator.ValidateAsync(users, user, password)).Errors);
        }

        return failures.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. failures]);
    }

    private static async Task<IResult> SetUserRolesAsync(
        HttpContext context, string id, UserManager<IdentityUser> users, RoleManager<IdentityRole> roles, TimeProvider clock, IPageRenderer renderer,
        IStringLocalizer text, IAuthorizationService authorization)
    {
        if (await PageForms.ReadAsync(context) is not { } form)
        {
            return await PageForms.ExpiredAsync(context, PageAudience.Admin);
        }

        if (await users.FindByIdAsync(id) is not { } user)
        {
            return Results.NotFound();
        }

        var wanted = form["roles"].Where(r => !string.IsNullOrEmpty(r)).Select(r => r!).Distinct(StringComparer.Ordinal).ToList();
        var current = await users.GetRolesAsync(user);
        if (await UsersApi.CheckRolesAsync(wanted, current, roles, context.User) is { } roleError)
        {
            return await UsersPageAsync(context, users, roles, clock, renderer, text, authorization, null, new Dictionary<string, string[]> { ["form"] = [roleError] }, status: StatusCodes.Status400BadRequest);
        }

        await users.RemoveFromRolesAsync(user, current.Except(wanted));
        await users.AddToRolesAsync(user, wanted.Except(current));
        await users.UpdateSecurityStampAsync(user);
        return SeeOther(context.Request.PathBase + "/admin/users");
    }

    private static async Task<IResult> LockAsync(HttpContext context, string id, bool locked, UserManager<IdentityUser> users, IPageRenderer renderer, IStringLocalizer text)
    {
        if (await PageForms.ReadAsync(context) is null)
        {
            return await PageForms.ExpiredAsync(context, PageAudience.Admin);
        }

        if (await users.FindByIdAsync(id) is not { } user)
        {
            return Results.NotFound();
        }

        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, locked ? DateTimeOffset.MaxValue : null);
        await users.UpdateSecurityStampAsync(user);
        return Results.Redirect(context.Request.PathBase + "/admin/users");
    }

    private static Task<IResult> RolesAsync(
        HttpContext context, string? created, RoleManager<IdentityRole> roles, PermissionGrants grants, IPageRenderer renderer, IStringLocalizer text, IAuthorizationService authorization)
        => RolesPageAsync(context, roles, grants, renderer, text, authorization, null, NoErrors, created);

    private static async Task<IResult> RolesPageAsync(
        HttpContext context, RoleManager<IdentityRole> roles, PermissionGrants grants, IPageRenderer renderer, IStringLocalizer text, IAuthorizationService authorization,
        string? newRole, IDictionary<string, string[]> errors, string? created = null, int status = StatusCodes.Status200OK)
    {
        var names = await RoleNamesAsync(roles, context.RequestAborted);
        var byPermission = await grants.ByPermissionAsync(context.RequestAborted);
        var rows = names
            .Select(n => new RoleRow(
                n,
                n == RoleNames.Administrator,
                byPermission.Where(g => g.Contains(n)).Select(g => g.Key).Order(StringComparer.Ordinal).ToList()))
            .ToList();
        var canCreate = await AllowedAsync(context, authorization, IdentityPermissions.ManageRoles);
        return await renderer.PageAsync(
            "Identity/Roles",
            new { Roles = rows, CanCreate = canCreate, Antiforgery = canCreate ? PageForms.Token(context) : null, Created = created, NewRole = newRole, FieldErrors = errors },
            new PageOptions(text["Roles and permissions"], PageAudience.Admin, status),
            context.RequestAborted);
    }

    private static async Task<IResult> CreateRoleAsync(
        HttpContext context, RoleManager<IdentityRole> roles, PermissionGrants grants, IPageRenderer renderer, IStringLocalizer text, IAuthorizationService authorization)
    {
        if (await PageForms.ReadAsync(context) is not { } form)
        {
            return await PageForms.ExpiredAsync(context, PageAudience.Admin);
        }

        var name = form["name"].ToString().Trim();
        IDictionary<string, string[]> errors;
        if (name.Length == 0)
        {
            errors = new Dictionary<string, string[]> { ["name"] = ["Required."] };
        }
        else if (!RolesApi.RoleName().IsMatch(name))
        {
            errors = new Dictionary<string, string[]> { ["name"] = ["Use 1 to 64 letters, digits, '-' or '_', starting with a letter."] };
        }
        else if (await roles.RoleExistsAsync(name))
        {
            errors = new Dictionary<string, string[]> { ["name"] = ["A role of that name exists already."] };
        }
        else
        {
            var created = await roles.CreateAsync(new IdentityRole(name));
            if (created.Succeeded)
            {
                return SeeOther($"{context.Request.PathBase}/admin/roles?created={Uri.EscapeDataString(name)}");
            }

            errors = IdentityErrors.ByField(created);
        }

        return await RolesPageAsync(context, roles, grants, renderer, text, authorization, name, errors, status: StatusCodes.Status400BadRequest);
    }

    /// <summary>The built-in roles first, then the others by name.</summary>
    private static async Task<List<string>> RoleNamesAsync(RoleManager<IdentityRole> roles, CancellationToken cancellationToken)
        => (await roles.Roles.AsNoTracking().Select(r => r.Name!).ToListAsync(cancellationToken))
            .OrderBy(n => RoleNames.BuiltIn.Contains(n) ? 0 : 1).ThenBy(n => n, StringComparer.Ordinal)
            .ToList();

    private static readonly Dictionary<string, string[]> NoErrors = [];

    /// <summary>303 See Other: after a successful post, the browser gets the page it is sent to.</summary>
    private static IResult SeeOther(string location) => new SeeOtherResult(location);

    private sealed class SeeOtherResult(string location) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = StatusCodes.Status303SeeOther;
            httpContext.Response.Headers.Location = location;
            return Task.CompletedTask;
        }
    }

    private static async Task<IResult> GrantsAsync(
        HttpContext context, string role, bool? saved, RoleManager<IdentityRole> roles, PermissionCatalog catalog, PermissionGrants grants,
        IPageRenderer renderer, IStringLocalizer text, IAuthorizationService authorization)
    {
        if (await roles.FindByNameAsync(role) is not { Name: { } name })
        {
            return Results.NotFound();
        }

        var held = (await grants.OfRoleAsync(name, context.RequestAborted)).ToHashSet(StringComparer.Ordinal);
        var categories = catalog.Permissions
            .GroupBy(p => p.Category)
            .Select(g => new PermissionGroup(g.Key, g.Select(p => new PermissionChoice(p.Name, p.Description, held.Contains(p.Name))).ToList()))
            .ToList();

        // Administrator holds every permission, always: its page only shows them.
        var editable = name != RoleNames.Administrator && await AllowedAsync(context, authorization, IdentityPermissions.ManageRoles);
        return await renderer.PageAsync(
            "Identity/RoleGrants",
            new { Role = name, IsAdministrator = name == RoleNames.Administrator, Editable = editable, Saved = saved == true, Categories = categories, Antiforgery = editable ? PageForms.Token(context) : null },
            new PageOptions(text["Permissions of {0}", name], PageAudience.Admin));
    }

    private static async Task<IResult> SetGrantsAsync(HttpContext context, string role, RoleManager<IdentityRole> roles, PermissionCatalog catalog, PermissionGrants grants, IPageRenderer renderer, IStringLocalizer text)
    {
        if (await PageForms.ReadAsync(context) is not { } form)
        {
            return await PageForms.ExpiredAsync(context, PageAudience.Admin);
        }

        if (await roles.FindByNameAsync(role) is not { Name: { } name } || name == RoleNames.Administrator)
        {
            return Results.NotFound();
        }

        // Only permissions this shell knows: a disabled feature's stored grants stay as they are.
        var permissions = form["permissions"].Where(p => p is not null && catalog.Contains(p)).Select(p => p!).Distinct(StringComparer.Ordinal).ToList();
        await grants.SetAsync(name, permissions, context.RequestAborted);
        return Results.Redirect($"{context.Request.PathBase}/admin/roles/{Uri.EscapeDataString(name)}?saved=true");
    }

    private static async Task<bool> AllowedAsync(HttpContext context, IAuthorizationService authorization, Permission permission)
        => (await authorization.AuthorizeAsync(context.User, null, PermissionEndpointExtensions.PolicyPrefix + permission.Name)).Succeeded;

    /// <summary>A row of the users page.</summary>
    public sealed record UserRow(string Id, string UserName, string? Email, IReadOnlyList<string> Roles, bool Locked);

    /// <summary>A row of the roles page: the permissions of enabled features the role holds.</summary>
    public sealed record RoleRow(string Name, bool IsAdministrator, IReadOnlyList<string> Permissions);

    /// <summary>The permissions of one category on the grants page.</summary>
    public sealed record PermissionGroup(string Name, IReadOnlyList<PermissionChoice> Permissions);

    /// <summary>One checkbox of the grants page.</summary>
    public sealed record PermissionChoice(string Name, string Description, bool Held);
}
