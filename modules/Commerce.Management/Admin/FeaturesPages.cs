using Commerce.Display;
using Commerce.Hosting.Features;
using Commerce.Security;
using Commerce.Shells;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;

namespace Commerce.Management.Admin;

/// <summary>
/// <c>/admin/features</c>: the tenant's features by category with Enable, Disable, Hide and Show. Enable and
/// Disable first show their consequences (<see cref="FeatureManager.PreviewAsync"/>) on
/// <c>/admin/features/{id}/{action}</c>; the change happens when that page's form is posted. Hide and Show post
/// directly. After a change the browser is sent back to the list, whose query string names what changed.
/// </summary>
internal static class FeaturesPages
{
    public const string Path = "/admin/features";

    private static readonly string[] ChangeKinds = ["enabled", "disabled", "hidden", "shown"];

    public static void MapFeaturesPages(this IEndpointRouteBuilder routes)
    {
        var pages = routes.MapGroup(Path).RequirePermission(ManagementPermissions.ManageFeatures).ExcludeFromDescription();
        pages.MapGet("/", ListAsync);
        pages.MapGet("/{id}/{action:regex(^(enable|disable)$)}", ConfirmAsync);
        pages.MapPost("/{id}/{action:regex(^(enable|disable|hide|show)$)}", ChangeAsync);
    }

    private static async Task<IResult> ListAsync(HttpContext context, TenantInfo tenant, FeatureManager manager, IPageRenderer pages, IStringLocalizer text)
    {
        var features = await manager.ListAsync(tenant.Name, context.RequestAborted);
        return await RenderListAsync(context, features, Changes(context.Request.Query, features, text), null, StatusCodes.Status200OK, pages, text);
    }

    private static async Task<IResult> ConfirmAsync(
        HttpContext context, string id, string action, TenantInfo tenant, FeatureManager manager, IPageRenderer pages, IStringLocalizer text)
    {
        var features = await manager.ListAsync(tenant.Name, context.RequestAborted);
        return await RenderConfirmationAsync(context, id, action, features, StatusCodes.Status200OK, tenant, manager, pages, text);
    }

    private static async Task<IResult> ChangeAsync(
        HttpContext context, string id, string action, TenantInfo tenant, FeatureManager manager, IPageRenderer pages, IStringLocalizer text)
    {
        if (await PageForms.ReadAsync(context) is not { } form)
        {
            return await PageForms.ExpiredAsync(context, PageAudience.Admin);
        }

        var features = await manager.ListAsync(tenant.Name, context.RequestAborted);
        if (features.All(f => f.Id != id))
        {
            return await ManagementPage.NotFoundAsync(pages, text, context.RequestAborted);
        }

        var kind = Enum.Parse<FeatureAction>(action, ignoreCase: true);
        var cascade = kind == FeatureAction.Disable && string.Equals(form["cascade"], "true", StringComparison.OrdinalIgnoreCase);
        var result = await manager.ChangeAsync(tenant.Name, kind, [id], cascade, context.RequestAborted);
        if (result.Succeeded)
        {
            var query = QueryString.Create(new[]
            {
                KeyValuePair.Create("enabled", (string?)string.Join(',', result.Enabled)),
                KeyValuePair.Create("disabled", (string?)string.Join(',', result.Disabled)),
                KeyValuePair.Create("hidden", (string?)string.Join(',', result.Hidden)),
                KeyValuePair.Create("shown", (string?)string.Join(',', result.Shown)),
            }.Where(p => p.Value!.Length > 0));
            return PageForms.SeeOther(context, Path + query);
        }

        // Refused (someone else changed the set since the page was shown, or a hand-made post): say why, where it was asked.
        return kind is FeatureAction.Enable or FeatureAction.Disable
            ? await RenderConfirmationAsync(context, id, action, features, StatusCodes.Status409Conflict, tenant, manager, pages, text)
            : await RenderListAsync(context, features, [], Refusal(result, features, text), StatusCodes.Status409Conflict, pages, text);
    }

    private static async Task<IResult> RenderListAsync(
        HttpContext context, IReadOnlyList<FeatureState> features, IReadOnlyList<string> changes, string? error, int status, IPageRenderer pages, IStringLocalizer text)
    {
        var groups = features
            .GroupBy(f => f.Category)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new FeatureGroup(g.Key, g.Select(f => Row(f, features)).ToList()))
            .ToList();
        var model = new { Groups = groups, Changes = changes, Error = error, Antiforgery = PageForms.Token(context) };
        return await pages.PageAsync("Management/Features", model, new PageOptions(text["Features"], PageAudience.Admin, status), context.RequestAborted);
    }

    private static async Task<IResult> RenderConfirmationAsync(
        HttpContext context, string id, string action, IReadOnlyList<FeatureState> features, int status,
        TenantInfo tenant, FeatureManager manager, IPageRenderer pages, IStringLocalizer text)
    {
        if (features.FirstOrDefault(f => f.Id == id) is not { } feature)
        {
            return await ManagementPage.NotFoundAsync(pages, text, context.RequestAborted);
        }

        var enable = action == "enable";
        var row = Row(feature, features);
        IReadOnlyList<FeatureLink> alsoEnables = [], alsoDisables = [], dependents = [], cascadeDisables = [];
        string? refusal = null, notice = null;
        var canCascade = false;
        if (feature.Enabled == enable)
        {
            notice = text[enable ? "{0} is enabled already." : "{0} is disabled already.", text[feature.Name]];
        }
        else
        {
            var preview = await manager.PreviewAsync(tenant.Name, enable ? FeatureAction.Enable : FeatureAction.Disable, id, false, context.RequestAborted);
            if (preview.Succeeded)
            {
                alsoEnables = Links(preview.Enabled.Where(f => f != id), features);
                alsoDisables = Links(preview.Disabled.Where(f => f != id), features);
            }
            else
            {
                refusal = Refusal(preview, features, text);
                if (preview.Error == FeaturePlanError.HasDependents)
                {
                    dependents = Links(preview.Related, features);
                    var cascade = await manager.PreviewAsync(tenant.Name, FeatureAction.Disable, id, true, context.RequestAborted);
                    if (cascade.Succeeded)
                    {
                        cascadeDisables = Links(cascade.Disabled.Where(f => f != id), features);
                        canCascade = true;
                    }
                    else
                    {
                        refusal += " " + Refusal(cascade, features, text);
                    }
                }
            }
        }

        var model = new FeatureConfirmation(
            row, action, alsoEnables, alsoDisables, refusal, dependents, cascadeDisables, notice,
            CanConfirm: refusal is null && notice is null, canCascade, PageForms.Token(context));
        var title = text[enable ? "Enable {0}" : "Disable {0}", text[feature.Name]];
        return await pages.PageAsync("Management/FeatureConfirm", model, new PageOptions(title, PageAudience.Admin, status), context.RequestAborted);
    }

    private static FeatureRow Row(FeatureState f, IReadOnlyList<FeatureState> all)
    {
        var canToggle = !f.AlwaysEnabled && !f.EnabledByDependencyOnly;
        return new FeatureRow(
            f.Id, f.Name, f.Description, Links(f.Dependencies, all), f.Enabled, f.Hidden, f.AlwaysEnabled, f.EnabledByDependencyOnly,
            CanEnable: canToggle && !f.Enabled,
            CanDisable: canToggle && f.Enabled,
            CanHide: !f.AlwaysEnabled && f.Enabled && !f.Hidden,
            CanShow: f.Enabled && f.Hidden);
    }

    private static List<FeatureLink> Links(IEnumerable<string> ids, IReadOnlyList<FeatureState> all)
        => ids.Select(id => new FeatureLink(id, all.FirstOrDefault(f => f.Id == id)?.Name ?? id)).ToList();

    private static string Names(IEnumerable<string> ids, IReadOnlyList<FeatureState> all, IStringLocalizer text)
        => string.Join(", ", Links(ids, all).Select(l => text[l.Name].Value));

    /// <summary>Why a change was refused, in the reader's language, naming features by name.</summary>
    private static string Refusal(FeatureChangeResult result, IReadOnlyList<FeatureState> all, IStringLocalizer text)
    {
        var names = Names(result.Related, all, text);
        return result.Error switch
        {
            FeaturePlanError.HasDependents => text["Refused: needed by {0}.", names],
            FeaturePlanError.AlwaysEnabled => text["Refused: {0} is always enabled or needed by an always-enabled feature.", names],
            FeaturePlanError.DefaultTenantOnly => text["Refused: only the Default tenant can enable {0}.", names],
            FeaturePlanError.EnabledByDependencyOnly => text["Refused: {0} is enabled only by enabling a feature that depends on it.", names],
            FeaturePlanError.NotEnabled => text["Refused: {0} is not enabled.", names],
            _ => text["Refused: no feature {0}.", names],
        };
    }

    /// <summary>
    /// The list's status message after a change, from the query string the change redirected with. Only ids of
    /// known features are named, so a crafted link cannot put words on the page.
    /// </summary>
    private static List<string> Changes(IQueryCollection query, IReadOnlyList<FeatureState> all, IStringLocalizer text)
    {
        var messages = new List<string>();
        foreach (var kind in ChangeKinds)
        {
            var ids = query[kind].SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries))
                .Where(id => all.Any(f => f.Id == id)).Distinct(StringComparer.Ordinal).ToList();
            if (ids.Count > 0)
            {
                messages.Add(kind switch
                {
                    "enabled" => text["Enabled: {0}.", Names(ids, all, text)],
                    "disabled" => text["Disabled: {0}.", Names(ids, all, text)],
                    "hidden" => text["Hidden from the storefront: {0}.", Names(ids, all, text)],
                    _ => text["Shown on the storefront again: {0}.", Names(ids, all, text)],
                });
            }
        }

        return messages;
    }
}
