using Commerce.Merchants.Data;
using Commerce.Merchants.Domain;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Merchants.Api;

/// <summary>Reads shared by the API and the pages.</summary>
internal static class MerchantQueries
{
    public static IQueryable<Merchant> Filter(IQueryable<Merchant> merchants, MerchantStatus? status, string? grade, string? region, string? search)
    {
        if (status is { } s)
        {
            merchants = merchants.Where(m => m.Status == s);
        }

        if (!string.IsNullOrWhiteSpace(grade))
        {
            merchants = merchants.Where(m => m.GradeId == grade.Trim());
        }

        if (!string.IsNullOrWhiteSpace(region))
        {
            // Region codes nest (350000 province, 350100 city): a prefix finds a province's cities too.
            var prefix = region.Trim().TrimEnd('0');
            merchants = merchants.Where(m => m.Region == region.Trim() || (prefix.Length > 0 && m.Region.StartsWith(prefix)));
        }

        if (!string.IsNullOrWhiteSpace(search))
        {
            var text = search.Trim().ToLower();
            var code = search.Trim().ToUpperInvariant();
            merchants = merchants.Where(m => m.ShopName.ToLower().Contains(text) || m.LegalName.ToLower().Contains(text) || m.CreditCode == code);
        }

        return merchants;
    }

    public static MerchantSummaryDto Summary(Merchant m)
        => new(m.Id, m.ShopName, m.LegalName, m.CreditCode, Names.Of(m.ShopType), Names.Of(m.Status), m.GradeId, m.Region, m.CreatedUtc);

    /// <summary>The stored state, read past anything the context tracks.</summary>
    public static async Task<MerchantDto?> CurrentAsync(MerchantsDbContext db, Guid id, CancellationToken ct)
    {
        var merchant = await db.Merchants.AsNoTracking().Include(m => m.Restrictions).FirstOrDefaultAsync(m => m.Id == id, ct);
        return merchant is null ? null : MerchantDto.From(merchant);
    }
}
