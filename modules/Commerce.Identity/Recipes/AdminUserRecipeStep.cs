using System.Text.Json;
using Commerce.Recipes;
using Commerce.Security;
using Commerce.Shells;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Commerce.Identity.Recipes;

/// <summary>
/// Recipe step <c>admin-user</c>: <c>{ "name": "admin-user" }</c> creates the tenant's first Administrator.
/// The Default tenant reads <c>Commerce:Setup:AdminUserName</c> and <c>Commerce:Setup:AdminPassword</c> (and
/// optionally <c>AdminEmail</c>); another tenant reads <c>Commerce:Tenants:{Name}:AdminUserName</c> and so on,
/// so one configuration cannot hand the same password to every tenant. Without a configured user name the step
/// does nothing: the tenant's API key holder creates the first admin through <c>POST /api/identity/users</c>.
/// An existing user keeps its password and gets the Administrator role.
/// </summary>
internal sealed class AdminUserRecipeStep(
    UserManager<IdentityUser> users,
    IConfiguration configuration,
    TenantInfo tenant,
    ILogger<AdminUserRecipeStep> logger) : IRecipeStep
{
    public string Name => "admin-user";

    public async Task ExecuteAsync(JsonElement step, CancellationToken cancellationToken)
    {
        var section = configuration.GetSection(tenant.IsDefault ? "Commerce:Setup" : $"Commerce:Tenants:{tenant.Name}");
        var userName = section["AdminUserName"];
        if (string.IsNullOrWhiteSpace(userName))
        {
            logger.LogWarning("Tenant {Tenant}: no admin user name configured ({Section}:AdminUserName); no administrator created", tenant.Name, section.Path);
            return;
        }

        var user = await users.FindByNameAsync(userName);
        if (user is null)
        {
            var password = section["AdminPassword"];
            if (string.IsNullOrEmpty(password))
            {
                throw new InvalidOperationException($"Recipe step 'admin-user': {section.Path}:AdminPassword is not configured.");
            }

            // RequireUniqueEmail needs an address; without AdminEmail a placeholder stands in (no reset mail can reach it).
            var email = section["AdminEmail"] is { Length: > 0 } configured ? configured : $"{userName}@admin.invalid";
            user = new IdentityUser(userName) { Email = email, EmailConfirmed = true };
            var created = await users.CreateAsync(user, password);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException($"Recipe step 'admin-user': {string.Join(" ", created.Errors.Select(e => e.Description))}");
            }

            logger.LogInformation("Tenant {Tenant}: administrator {User} created", tenant.Name, userName);
        }

        if (!await users.IsInRoleAsync(user, RoleNames.Administrator))
        {
            var added = await users.AddToRoleAsync(user, RoleNames.Administrator);
            if (!added.Succeeded)
            {
                throw new InvalidOperationException($"Recipe step 'admin-user': {string.Join(" ", added.Errors.Select(e => e.Description))}");
            }
        }
    }
}
