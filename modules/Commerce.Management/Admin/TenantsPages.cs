using Commerce.Data;
using Commerce.Display;
using Commerce.Hosting.Recipes;
using Commerce.Hosting.Tenants;
using Commerce.Management.Api;
using Commerce.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;

namespace Commerce.Management.Admin;

/// <summary>
/// <c>/admin/tenants</c> (Default tenant only, with the Tenants feature): the tenants and a form to create one,
/// whose refused fields are shown next to their inputs (<see cref="TenantManager.CreateAsync"/>).
/// </summary>
internal static class TenantsPages
{
    public const string Path = "/admin/tenants";

    public static void MapTenantsPages(this IEndpointRouteBuilder routes)
    {
        var pages = routes.MapGroup(Path).RequirePermission(ManagementPermissions.ManageTenants).ExcludeFromDescription();
        pages.MapGet("/", ListAsync);
        pages.MapPost("/", CreateAsync);
    }

    private static async Task<IResult> ListAsync(HttpContext context, TenantManager tenants, RecipeCatalog recipes, DatabaseLocator locator, IPageRenderer pages, IStringLocalizer text)
    {
        var created = context.Request.Query["created"].ToString();
        var list = await tenants.ListAsync(context.RequestAborted);
        var notice = list.Any(t => t.Name == created) ? text["Tenant {0} is created and running.", created].Value : null;
        return await RenderAsync(context, new TenantForm(null, null, null, "default"), new Dictionary<string, string[]>(), notice, StatusCodes.Status200OK, tenants, recipes, locator, pages, text);
    }

    private static async Task<IResult> CreateAsync(HttpContext context, TenantManager tenants, RecipeCatalog recipes, DatabaseLocator locator, IPageRenderer pages, IStringLocalizer text)
    {
        if (await PageForms.ReadAsync(context) is not { } form)
        {
            return await PageForms.ExpiredAsync(context, PageAudience.Admin);
        }

        var values = new TenantForm(form["name"], form["requestUrlPrefix"], form["requestUrlHost"], form["recipe"]);
        var result = await tenants.CreateAsync(
            new TenantCreateRequest(values.Name, values.RequestUrlPrefix, values.RequestUrlHost, values.Recipe, form["apiKey"]), context.RequestAborted);
        if (result.Succeeded)
        {
            return PageForms.SeeOther(context, Path + QueryString.Create("created", result.Tenant!.Name));
        }

        var errors = result.NameTaken
            ? new Dictionary<string, string[]> { ["name"] = ["A tenant with this name exists already."] }
            : result.Errors.ToDictionary(e => e.Key, e => e.Value);
        return await RenderAsync(context, values, errors, null, StatusCodes.Status400BadRequest, tenants, recipes, locator, pages, text);
    }

    private static async Task<IResult> RenderAsync(
        HttpContext context, TenantForm values, Dictionary<string, string[]> errors, string? notice, int status,
        TenantManager tenants, RecipeCatalog recipes, DatabaseLocator locator, IPageRenderer pages, IStringLocalizer text)
    {
        var list = await tenants.ListAsync(context.RequestAborted);
        var model = new
        {
            Tenants = list.OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase).Select(t => TenantDto.From(t, locator.Provider)).ToList(),
            Recipes = recipes.Names.Order(StringComparer.Ordinal).ToList(),
            Form = values,
            Errors = errors,
            Notice = notice,
            Antiforgery = PageForms.Token(context),
        };
        return await pages.PageAsync("Management/Tenants", model, new PageOptions(text["Tenants"], PageAudience.Admin, status), context.RequestAborted);
    }
}

/// <summary>What the create form shows again after a refusal. The API key is never sent back to the browser.</summary>
public sealed record TenantForm(string? Name, string? RequestUrlPrefix, string? RequestUrlHost, string? Recipe);
