using System.Text;
using Commerce.Identity.Services;
using Commerce.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using static Commerce.Identity.Account.HtmlPage;

namespace Commerce.Identity.Admin;

/// <summary><c>/admin/users</c> and <c>/admin/roles</c>: server-rendered, usable without JavaScript, each form with antiforgery.</summary>
internal static class IdentityAdminPages
{
    public static void MapIdentityAdminPages(this IEndpointRouteBuilder routes)
    {
        var admin = routes.MapGroup("admin").ExcludeFromDescription();
        admin.MapGet("/users", UsersAsync).RequirePermission(IdentityPermissions.ViewUsers);
        admin.MapPost("/users/{id}/lock", (HttpContext context, string id, UserManager<IdentityUser> users) => LockAsync(context, id, true, users))
            .RequirePermission(IdentityPermissions.ManageUsers);
        admin.MapPost("/users/{id}/unlock", (HttpContext context, string id, UserManager<IdentityUser> users) => LockAsync(context, id, false, users))
            .RequirePermission(IdentityPermissions.ManageUsers);
        admin.MapGet("/roles", RolesAsync).RequirePermission(IdentityPermissions.ViewUsers);
        admin.MapPost("/roles/{role}/permissions", SetGrantsAsync).RequirePermission(IdentityPermissions.ManageRoles);
    }

    private static async Task<IResult> UsersAsync(HttpContext context, UserManager<IdentityUser> users, TimeProvider clock)
    {
        var list = await users.Users.AsNoTracking().OrderBy(u => u.NormalizedUserName).Take(500).ToListAsync(context.RequestAborted);
        var now = clock.GetUtcNow();
        var body = new StringBuilder("<table><thead><tr><th>User</th><th>E-mail</th><th>Roles</th><th>State</th><th></th></tr></thead><tbody>");
        foreach (var user in list)
        {
            var locked = user.LockoutEnd is { } end && end > now;
            var action = locked ? "unlock" : "lock";
            body.Append("<tr><td>").Append(Encode(user.UserName)).Append("</td><td>").Append(Encode(user.Email)).Append("</td><td>")
                .Append(Encode(string.Join(", ", await users.GetRolesAsync(user)))).Append("</td><td>").Append(locked ? "locked" : "active").Append("</td><td>")
                .Append(Form(context, $"/admin/users/{Uri.EscapeDataString(user.Id)}/{action}"))
                .Append("<button type=\"submit\">").Append(locked ? "Unlock" : "Lock").Append("</button></form></td></tr>");
        }

        body.Append("</tbody></table>");
        return Render(context, "Users", body.ToString());
    }

    private static async Task<IResult> LockAsync(HttpContext context, string id, bool locked, UserManager<IdentityUser> users)
    {
        if (await ReadFormAsync(context) is null)
        {
            return Forged(context);
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

    private static async Task<IResult> RolesAsync(HttpContext context, RoleManager<IdentityRole> roles, PermissionCatalog catalog, PermissionGrants grants)
    {
        var names = (await roles.Roles.AsNoTracking().Select(r => r.Name!).ToListAsync(context.RequestAborted)).Order(StringComparer.Ordinal).ToList();
        var byPermission = await grants.ByPermissionAsync(context.RequestAborted);
        var body = new StringBuilder("<p>Administrators hold every permission. A disabled feature's permissions are not listed; their grants are kept.</p>");
        foreach (var role in names.Where(n => n != RoleNames.Administrator))
        {
            body.Append("<section><h2>").Append(Encode(role)).Append("</h2>")
                .Append(Form(context, $"/admin/roles/{Uri.EscapeDataString(role)}/permissions"));
            foreach (var category in catalog.Permissions.GroupBy(p => p.Category))
            {
                body.Append("<fieldset><legend>").Append(Encode(category.Key)).Append("</legend>");
                foreach (var permission in category)
                {
                    var held = byPermission[permission.Name].Contains(role);
                    body.Append("<label><input type=\"checkbox\" name=\"permissions\" value=\"").Append(Encode(permission.Name)).Append('"')
                        .Append(held ? " checked" : "").Append("> ").Append(Encode(permission.Name)).Append(" — ").Append(Encode(permission.Description)).Append("</label><br>");
                }

                body.Append("</fieldset>");
            }

            body.Append("<p><button type=\"submit\">Save ").Append(Encode(role)).Append("</button></p></form></section>");
        }

        return Render(context, "Roles and permissions", body.ToString());
    }

    private static async Task<IResult> SetGrantsAsync(HttpContext context, string role, RoleManager<IdentityRole> roles, PermissionCatalog catalog, PermissionGrants grants)
    {
        if (await ReadFormAsync(context) is not { } form)
        {
            return Forged(context);
        }

        if (await roles.FindByNameAsync(role) is not { Name: { } name } || name == RoleNames.Administrator)
        {
            return Results.NotFound();
        }

        var permissions = form["permissions"].Where(p => p is not null && catalog.Contains(p)).Select(p => p!).Distinct().ToList();
        await grants.SetAsync(name, permissions, context.RequestAborted);
        return Results.Redirect(context.Request.PathBase + "/admin/roles");
    }
}
