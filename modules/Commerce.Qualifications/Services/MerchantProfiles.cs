using Commerce.Qualifications.Data;
using Commerce.Qualifications.Domain;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Qualifications.Services;

/// <summary>Sets a merchant's profile (from the API, onboarding's import or the Merchants events) and evaluates it.</summary>
internal sealed class MerchantProfiles(
    QualificationsDbContext db,
    CatalogCache catalog,
    TimeProvider clock,
    AuditLog audit,
    MerchantQualifications qualifications)
{
    public const int MaxBrands = 50;
    public const int MaxAnswers = 50;

    public async Task<Outcome<MerchantProfile>> SetAsync(Guid merchantId, ProfileInput input, string userId, CancellationToken cancellationToken)
    {
        var index = await catalog.GetAsync(db, cancellationToken);
        var errors = Validate(input, index);
        if (errors.Count > 0)
        {
            return Outcome<MerchantProfile>.Invalid(errors);
        }

        var profile = await db.Profiles.FirstOrDefaultAsync(p => p.MerchantId == merchantId, cancellationToken);
        if (profile is null)
        {
            profile = new MerchantProfile { MerchantId = merchantId };
            db.Profiles.Add(profile);
        }
        else if (input.Version is { } version && version != profile.Version)
        {
            return Outcome<MerchantProfile>.Conflict($"The profile changed meanwhile (version {profile.Version}); reload it.");
        }
        else
        {
            profile.Version++;
        }

        profile.Categories = [.. input.Categories!.Select(c => c.Trim()).Distinct(StringComparer.Ordinal)];
        profile.Brands = [.. (input.Brands ?? []).Select(b => b.Trim()).Where(b => b.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)];
        profile.Answers = (input.Answers ?? new Dictionary<string, string>()).ToDictionary(a => a.Key.Trim(), a => a.Value.Trim());
        profile.ShopType = input.ShopType!.Trim().ToLowerInvariant();
        profile.UpdatedAt = clock.GetUtcNow();
        audit.Add(merchantId, AuditActions.ProfileChanged, userId, detail: $"{string.Join(", ", profile.Categories)}; brands {string.Join(", ", profile.Brands)}; {profile.ShopType}");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome<MerchantProfile>.Conflict("The profile changed meanwhile; reload it.");
        }

        await qualifications.EvaluateAsync(merchantId, cancellationToken);
        return Outcome<MerchantProfile>.Done(profile);
    }

    public static Dictionary<string, string[]> Validate(ProfileInput input, RuleIndex index)
    {
        var errors = new Dictionary<string, string[]>();
        if (input.Categories is null)
        {
            errors["categories"] = ["The categories are required (an empty list is allowed)."];
        }
        else if (input.Categories.FirstOrDefault(c => !index.Categories.ContainsKey(c.Trim())) is { } unknown)
        {
            errors["categories"] = [$"No category has the code '{unknown}'."];
        }

        if (input.Brands is { Count: > MaxBrands } || input.Brands?.Any(b => b.Trim().Length > 100) == true)
        {
            errors["brands"] = [$"At most {MaxBrands} brands of at most 100 characters."];
        }

        if (input.Answers is { Count: > MaxAnswers } || input.Answers?.Any(a => a.Key.Trim().Length is 0 or > 64 || a.Value is null || a.Value.Length > 200) == true)
        {
            errors["answers"] = [$"At most {MaxAnswers} answers, each a name of at most 64 and a value of at most 200 characters."];
        }

        if (input.ShopType is null || !CatalogValidation.ShopTypes.Contains(input.ShopType.Trim(), StringComparer.OrdinalIgnoreCase))
        {
            errors["shopType"] = ["Use flagship, franchise, specialty or individual."];
        }

        return errors;
    }
}
