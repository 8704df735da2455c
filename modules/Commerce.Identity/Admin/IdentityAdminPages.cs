using Commerce.Display;
using Commerce.Identity.Account;
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
        admin.MapPost("/users/{id}/lock", (HttpContext context, string id, UserManager<IdentityUser> users, IPageRenderer renderer, IStringLocalizer text)
            => LockAsync(context, id, true, users, renderer, text)).RequirePermission(IdentityPermissions.ManageUsers);
        admin.MapPost("/users/{id}/unlock", (HttpContext context, string id, UserManager<IdentityUser> users, IPageRenderer renderer, IStringLocalizer text)
            => LockAsync(context, id, false, users, renderer, text)).RequirePermission(IdentityPermissions.ManageUsers);
        admin.MapGet("/roles", RolesAsync).RequirePermission(IdentityPermissions.ViewUsers);
        admin.MapGet("/roles/{role}", GrantsAsync).RequirePermission(IdentityPermissions.ViewUsers);
        admin.MapPost("/roles/{role}/permissions", SetGrantsAsync).RequirePermission(IdentityPermissions.ManageRoles);
    }

    private static async Task<IResult> UsersAsync(HttpContext context, UserManager<IdentityUser> users, TimeProvider clock, IPageRenderer renderer, IStringLocalizer text, IAuthorizationService authorization)
    {
        var list = await users.Users.AsNoTracking().OrderBy(u => u.NormalizedUserName).Take(500).ToListAsync(context.RequestAborted);
        var now = clock.GetUtcNow();
        var rows = new List<UserRow>(list.Count);
        foreach (var user in list)
        {
            var roles = (await users.GetRolesAsync(user)).Order(StringComparer.Ordinal).ToList();
            rows.Add(new UserRow(user.Id, user.UserName ?? "", user.Email, roles, user.LockoutEnd is { } end && end > now));
        }

        var canManage = await AllowedAsync(context, authorization, IdentityPermissions.ManageUsers);
        return await renderer.PageAsync(
            "Identity/Users",
            new { Users = rows, CanManage = canManage, Antiforgery = canManage ? FormPost.Token(context) : null },
            new PageOptions(text["Users"], PageAudience.Admin));
    }

    private static async Task<IResult> LockAsync(HttpContext context, string id, bool locked, UserManager<IdentityUser> users, IPageRenderer renderer, IStringLocalizer text)
    {
        if (await FormPost.ReadFormAsync(context) is null)
        {
            return await AccountPages.Forged(renderer, text, PageAudience.Admin);
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

    private static async Task<IResult> RolesAsync(HttpContext context, RoleManager<IdentityRole> roles, PermissionGrants grants, IPageRenderer renderer, IStringLocalizer text)
    {
        var names = await roles.Roles.AsNoTracking().Select(r => r.Name!).ToListAsync(context.RequestAborted);
        var byPermission = await grants.ByPermissionAsync(context.RequestAborted);
        var rows = names
            .OrderBy(n => RoleNames.BuiltIn.Contains(n) ? 0 : 1).ThenBy(n => n, StringComparer.Ordinal)
            .Select(n => new RoleRow(
                n,
                n == RoleNames.Administrator,
                byPermission.Where(g => g.Contains(n)).Select(g => g.Key).Order(StringComparer.Ordinal).ToList()))
            .ToList();
        return await renderer.PageAsync("Identity/Roles", new { Roles = rows }, new PageOptions(text["Roles and permissions"], PageAudience.Admin));
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
            new { Role = name, IsAdministrator = name == RoleNames.Administrator, Editable = editable, Saved = saved == true, Categories = categories, Antiforgery = editable ? FormPost.Token(context) : null },
            new PageOptions(text["Permissions of {0}", name], PageAudience.Admin));
    }

    private static async Task<IResult> SetGrantsAsync(HttpContext context, string role, RoleManager<IdentityRole> roles, PermissionCatalog catalog, PermissionGrants grants, IPageRenderer renderer, IStringLocalizer text)
    {
        if (await FormPost.ReadFormAsync(context) is not { } form)
        {
            return await AccountPages.Forged(renderer, text, PageAudience.Admin);
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
