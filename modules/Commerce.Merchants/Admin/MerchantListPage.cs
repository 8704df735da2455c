using Commerce.Display;
using Commerce.Merchants.Api;
using Commerce.Merchants.Data;
using Commerce.Merchants.Services;
using Commerce.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Commerce.Merchants.Admin;

/// <summary><c>/admin/merchants</c>: the merchant list with filters (status, grade, region, name or code) and paging, a plain GET form.</summary>
internal static class MerchantListPage
{
    private const int PageSize = 20;

    public static void MapMerchantListPage(this IEndpointRouteBuilder routes)
        => routes.MapGet("/admin/merchants", RenderAsync).RequirePermission(MerchantsPermissions.ViewMerchants).ExcludeFromDescription();

    private static async Task<IResult> RenderAsync(
        HttpContext context, MerchantsDbContext db, GradeCatalog grades, IPageRenderer pages, IStringLocalizer text,
        string? status, string? grade, string? region, string? q, int? page, CancellationToken ct)
    {
        var parsedStatus = Names.TryParse<MerchantStatus>(status, out var s) ? s : (MerchantStatus?)null;
        var query = MerchantQueries.Filter(db.Merchants.AsNoTracking(), parsedStatus, grade, region, q);
        var total = await query.CountAsync(ct);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        var number = Math.Clamp(page ?? 1, 1, pageCount);
        var items = await query.OrderByDescending(m => m.Id).Skip((number - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        var filters = new Dictionary<string, string?> { ["status"] = parsedStatus is null ? null : status, ["grade"] = grade, ["region"] = region, ["q"] = q };
        string? Link(int to) => to < 1 || to > pageCount || to == number ? null
            : QueryHelpers.AddQueryString("/admin/merchants", filters.Where(f => !string.IsNullOrWhiteSpace(f.Value)).Append(new("page", to.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        var model = new
        {
            Merchants = items.Select(MerchantQueries.Summary).ToList(),
            Filters = new { Status = filters["status"], Grade = grade, Region = region, Q = q },
            Statuses = Enum.GetValues<MerchantStatus>().Select(Names.Of).ToList(),
            Grades = (await grades.ListAsync(ct)).Select(g => new { g.Id, g.Name }).ToList(),
            Total = total,
            Page = number,
            Pages = pageCount,
            Previous = Link(number - 1),
            Next = Link(number + 1),
        };
        return await pages.PageAsync("Merchants/List", model, new PageOptions(text["Merchants"], PageAudience.Admin), ct);
    }
}
