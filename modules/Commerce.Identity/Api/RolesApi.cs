using System.Text.RegularExpressions;
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

/// <summary><c>/api/identity/roles</c> and <c>/api/identity/permissions</c>: roles and which of them hold which permissions.</summary>
public static partial class RolesApi
{
    public static RouteGroupBuilder MapRolesApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("api/identity").WithTags("Identity: roles and permissions");

        api.MapGet("/roles", ListRolesAsync)
            .RequirePermission(IdentityPermissions.ViewUsers)
            .WithName("ListRoles")
            .WithSummary("List roles")
            .WithDescription("The built-in roles and those admins created.");

        api.MapPost("/roles", CreateRoleAsync)
            .RequirePermission(IdentityPermissions.ManageRoles)
            .WithName("CreateRole")
            .WithSummary("Create a role")
            .WithDescription("Name: 1 to 64 letters, digits, '-' or '_', starting with a letter. The role starts with no permissions.");

        api.MapGet("/permissions", ListPermissionsAsync)
            .RequirePermission(IdentityPermissions.ManageRoles)
            .WithName("ListPermissions")
            .WithSummary("List permissions")
            .WithDescription("The permissions of the enabled features, with the roles holding each. A disabled feature's permissions are not listed; their grants are kept and return with the feature.");

        api.MapGet("/roles/{role}/permissions", GetGrantsAsync)
            .RequirePermission(IdentityPermissions.ManageRoles)
            .WithName("GetRolePermissions")
            .WithSummary("The permissions a role holds");

        api.MapPut("/roles/{role}/permissions", SetGrantsAsync)
            .RequirePermission(IdentityPermissions.ManageRoles)
            .WithName("SetRolePermissions")
            .WithSummary("Set the permissions a role holds")
            .WithDescription("Replaces the role's grants among the enabled features' permissions; grants of disabled features' permissions are kept. The Administrator role always holds every permission and cannot be edited.");

        return api;
    }

    private static async Task<Ok<IReadOnlyList<RoleDto>>> ListRolesAsync(RoleManager<IdentityRole> roles, CancellationToken ct)
    {
        var names = await roles.Roles.AsNoTracking().Select(r => r.Name!).ToListAsync(ct);
        return TypedResults.Ok<IReadOnlyList<RoleDto>>(names
            .OrderBy(n => RoleNames.BuiltIn.Contains(n) ? 0 : 1).ThenBy(n => n, StringComparer.Ordinal)
            .Select(n => new RoleDto(n, RoleNames.BuiltIn.Contains(n))).ToList());
    }

    private static async Task<Results<Created<RoleDto>, ValidationProblem>> CreateRoleAsync(CreateRoleInput input, RoleManager<IdentityRole> roles, HttpContext context)
    {
        var name = input.Name?.Trim();
        if (string.IsNullOrEmpty(name) || !RoleName().IsMatch(name))
        {
            return ProblemResults.Field("name", "Use 1 to 64 letters, digits, '-' or '_', starting with a letter.");
        }

        if (await roles.RoleExistsAsync(name))
        {
            return ProblemResults.Field("name", $"A role named '{name}' exists already.");
        }

        var created = await roles.CreateAsync(new IdentityRole(name));
        if (!created.Succeeded)
        {
            return ProblemResults.Validation(IdentityErrors.ByField(created));
        }

        return TypedResults.Created($"{context.Request.PathBase}/api/identity/roles/{name}", new RoleDto(name, false));
    }

    private static async Task<Ok<IReadOnlyList<PermissionDto>>> ListPermissionsAsync(PermissionCatalog catalog, PermissionGrants grants, CancellationToken ct)
    {
        var byPermission = await grants.ByPermissionAsync(ct);
        return TypedResults.Ok<IReadOnlyList<PermissionDto>>(catalog.Permissions
            .Select(p => new PermissionDto(p.Name, p.Description, p.Category, [RoleNames.Administrator, .. byPermission[p.Name].Order(StringComparer.Ordinal)]))
            .ToList());
    }

    private static async Task<Results<Ok<RoleGrantsDto>, ProblemHttpResult>> GetGrantsAsync(string role, RoleManager<IdentityRole> roles, PermissionGrants grants, CancellationToken ct)
    {
        if (await roles.FindByNameAsync(role) is not { Name: { } name })
        {
            return ProblemResults.NotFound("The role does not exist", $"No role '{role}'.", legacyCode: "role-not-found");
        }

        return TypedResults.Ok(new RoleGrantsDto(name, await grants.OfRoleAsync(name, ct)));
    }

    private static async Task<Results<Ok<RoleGrantsDto>, ValidationProblem, ProblemHttpResult>> SetGrantsAsync(
        string role, RoleGrantsInput input, RoleManager<IdentityRole> roles, PermissionCatalog catalog, PermissionGrants grants, CancellationToken ct)
    {
        if (await roles.FindByNameAsync(role) is not { Name: { } name })
        {
            return ProblemResults.NotFound("The role does not exist", $"No role '{role}'.", legacyCode: "role-not-found");
        }

        if (name == RoleNames.Administrator)
        {
            return ProblemResults.Refused(StatusCodes.Status409Conflict, "administrator-grants-fixed", "The Administrator role holds every permission", "Its grants cannot be edited.");
        }

        if (input.Permissions is null)
        {
            return ProblemResults.Field("permissions", "Required: the list of permission names the role should hold.");
        }

        var unknown = input.Permissions.Where(p => !catalog.Contains(p)).ToList();
        if (unknown.Count > 0)
        {
            return ProblemResults.Field("permissions", $"Unknown or disabled permission(s): {string.Join(", ", unknown)}.");
        }

        await grants.SetAsync(name, input.Permissions.Distinct(StringComparer.Ordinal).ToList(), ct);
        return TypedResults.Ok(new RoleGrantsDto(name, await grants.OfRoleAsync(name, ct)));
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_-]{0,63}$")]
    internal static partial Regex RoleName();
}
