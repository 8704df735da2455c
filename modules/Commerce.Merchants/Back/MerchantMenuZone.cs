using Commerce.Display;
using Commerce.Merchants.Services;

namespace Commerce.Merchants.Back;

/// <summary>
/// The back office's menu (<c>Merchants/Menu</c>) in the navigation zone of merchant pages: the enabled features'
/// <see cref="IMerchantNavigationProvider"/> links whose merchant permission the user holds in its merchant.
/// </summary>
internal sealed class MerchantMenuZone(IEnumerable<IMerchantNavigationProvider> providers, MerchantAccess access) : IZoneContributor
{
    public async ValueTask<IEnumerable<ZoneShape>> ContributeAsync(ZoneContext context, CancellationToken cancellationToken = default)
    {
        if (context.Audience != PageAudience.Merchant)
        {
            return [];
        }

        var membership = await access.MembershipAsync(context.HttpContext.User, null, cancellationToken);
        if (membership is null)
        {
            return [];
        }

        var path = context.HttpContext.Request.Path.Value ?? "/";
        var items = providers.SelectMany(p => p.GetItems())
            .Where(i => i.Permission is null || membership.Has(i.Permission))
            .OrderBy(i => i.Position).ThenBy(i => i.Text, StringComparer.Ordinal)
            .Select(i => new { i.Text, i.Href, Current = path == i.Href || (i.Href != "/merchant" && path.StartsWith(i.Href + "/", StringComparison.Ordinal)) })
            .ToList();
        return [new ZoneShape(Zones.Navigation, "Merchants/Menu", new { Items = items, Shop = membership.ShopName }, -10)];
    }
}
