using Commerce.Display;
using Commerce.Display.Themes;
using Commerce.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;

namespace Commerce.Management.Admin;

/// <summary>
/// <c>/admin/themes</c>: the host's themes, the tenant's storefront theme marked, and Activate for the others
/// (<see cref="IThemeCatalog.ActivateAsync"/>: enables the theme and its base themes, stores the setting).
/// </summary>
internal static class ThemesPages
{
    public const string Path = "/admin/themes";

    public static void MapThemesPages(this IEndpointRouteBuilder routes)
    {
        var pages = routes.MapGroup(Path).RequirePermission(ThemePermissions.ManageThemes).ExcludeFromDescription();
        pages.MapGet("/", ListAsync);
        pages.MapPost("/{id}/activate", ActivateAsync);
    }

    private static async Task<IResult> ListAsync(HttpContext context, IThemeCatalog themes, IPageRenderer pages, IStringLocalizer text)
    {
        var themeList = themes.List();
        var activated = context.Request.Query["activated"].ToString();
        var notice = themeList.FirstOrDefault(t => t.Id == activated && t.Active) is { } theme ? text["{0} is now the storefront theme.", text[theme.Name]].Value : null;
        return await RenderAsync(context, themeList, notice, null, StatusCodes.Status200OK, pages, text);
    }

    private static async Task<IResult> ActivateAsync(HttpContext context, string id, IThemeCatalog themes, IPageRenderer pages, IStringLocalizer text)
    {
        if (await PageForms.ReadAsync(context) is null)
        {
            return await PageForms.ExpiredAsync(context, PageAudience.Admin);
        }

        var (error, _) = await themes.ActivateAsync(id, context.RequestAborted);
        return error switch
        {
            ThemeActivationError.None => PageForms.SeeOther(context, Path + QueryString.Create("activated", id)),
            ThemeActivationError.NotFound => await ManagementPage.NotFoundAsync(pages, text, context.RequestAborted),
            ThemeActivationError.IsAdminTheme => await RenderAsync(context, themes.List(), null, text["The admin theme cannot be the storefront theme."], StatusCodes.Status400BadRequest, pages, text),
            _ => await RenderAsync(context, themes.List(), null, text["The theme's feature could not be enabled."], StatusCodes.Status409Conflict, pages, text),
        };
    }

    private static Task<IResult> RenderAsync(HttpContext context, IReadOnlyList<ThemeInfo> themes, string? notice, string? error, int status, IPageRenderer pages, IStringLocalizer text)
    {
        var model = new { Themes = themes, Notice = notice, Error = error, Antiforgery = PageForms.Token(context) };
        return pages.PageAsync("Management/Themes", model, new PageOptions(text["Themes"], PageAudience.Admin, status), context.RequestAborted);
    }
}
