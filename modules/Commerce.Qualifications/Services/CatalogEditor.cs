using Commerce.Qualifications.Api;
using Commerce.Qualifications.Data;
using Commerce.Qualifications.Domain;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Qualifications.Services;

/// <summary>
/// Admins' changes to industries, categories, document types and rules. Each change moves the catalog stamp (so
/// every host process recompiles its index) and then evaluates the merchants it can affect.
/// </summary>
internal sealed class CatalogEditor(QualificationsDbContext db, CatalogCache catalog, MerchantQualifications qualifications)
{
    public async Task<Outcome<Industry>> SaveIndustryAsync(string? code, IndustryInput input, CancellationToken ct)
    {
        var index = await catalog.GetAsync(db, ct);
        var creating = code is null;
        input = creating ? input : input with { Code = code };
        var errors = CatalogValidation.Validate(input, index, creating);
        if (errors.Count > 0)
        {
            return Outcome<Industry>.Invalid(errors);
        }

        var industry = CatalogValidation.ToIndustry(input);
        if (await SaveAsync(db.Industries, industry, creating, input.Version, i => i.Code == industry.Code, ct) is { } refusal)
        {
            return refusal.For<Industry>();
        }

        await EvaluateAffectedAsync(index, [industry.Code], ct);
        return Outcome<Industry>.Done(industry);
    }

    public async Task<Outcome<ProductCategory>> SaveCategoryAsync(string? code, CategoryInput input, CancellationToken ct)
    {
        var index = await catalog.GetAsync(db, ct);
        var creating = code is null;
        input = creating ? input : input with { Code = code };
        var errors = CatalogValidation.Validate(input, index, creating);
        if (errors.Count > 0)
        {
            return Outcome<ProductCategory>.Invalid(errors);
        }

        var category = CatalogValidation.ToCategory(input);
        if (await SaveAsync(db.Categories, category, creating, input.Version, c => c.Code == category.Code, ct) is { } refusal)
        {
            return refusal.For<ProductCategory>();
        }

        await EvaluateAsync(p => p.Categories.Contains(category.Code), ct);
        return Outcome<ProductCategory>.Done(category);
    }

    public async Task<Outcome<DocumentType>> SaveDocumentTypeAsync(string? code, DocumentTypeInput input, CancellationToken ct)
    {
        var index = await catalog.GetAsync(db, ct);
        var creating = code is null;
        input = creating ? input : input with { Code = code };
        var errors = CatalogValidation.Validate(input, index, creating);
        if (errors.Count > 0)
        {
            return Outcome<DocumentType>.Invalid(errors);
        }

        var type = CatalogValidation.ToDocumentType(input);
        if (await SaveAsync(db.DocumentTypes, type, creating, input.Version, t => t.Code == type.Code, ct) is { } refusal)
        {
            return refusal.For<DocumentType>();
        }

        return Outcome<DocumentType>.Done(type);
    }

    public async Task<Outcome<RequirementRule>> SaveRuleAsync(Guid? id, RuleInput input, CancellationToken ct)
    {
        var index = await catalog.GetAsync(db, ct);
        var errors = CatalogValidation.Validate(input, index);
        if (errors.Count > 0)
        {
            return Outcome<RequirementRule>.Invalid(errors);
        }

        var previous = id is { } existing ? await db.Rules.AsNoTracking().FirstOrDefaultAsync(r => r.Id == existing, ct) : null;
        if (id is not null && previous is null)
        {
            return Outcome<RequirementRule>.NotFound("No rule has this id.");
        }

        var rule = CatalogValidation.ToRule(input, id ?? Guid.CreateVersion7());
        if (await SaveAsync(db.Rules, rule, id is null, input.Version, r => r.Id == rule.Id, ct) is { } refusal)
        {
            return refusal.For<RequirementRule>();
        }

        await EvaluateAffectedAsync(index, [previous?.IndustryCode, rule.IndustryCode], ct);
        return Outcome<RequirementRule>.Done(rule);
    }

    public async Task<Outcome<bool>> DeleteIndustryAsync(string code, CancellationToken ct)
    {
        if (await db.Industries.FirstOrDefaultAsync(i => i.Code == code, ct) is not { } industry)
        {
            return Outcome<bool>.NotFound("No industry has this code.");
        }

        if (await db.Industries.AnyAsync(i => i.ParentCode == code, ct) || await db.Categories.AnyAsync(c => c.IndustryCode == code, ct) || await db.Rules.AnyAsync(r => r.IndustryCode == code, ct))
        {
            return Outcome<bool>.Conflict("The industry still has sub-industries, categories or rules.");
        }

        db.Industries.Remove(industry);
        await CommitAsync(ct);
        return Outcome<bool>.Done(true);
    }

    public async Task<Outcome<bool>> DeleteCategoryAsync(string code, CancellationToken ct)
    {
        if (await db.Categories.FirstOrDefaultAsync(c => c.Code == code, ct) is not { } category)
        {
            return Outcome<bool>.NotFound("No category has this code.");
        }

        db.Categories.Remove(category);
        await CommitAsync(ct);
        await EvaluateAsync(p => p.Categories.Contains(code), ct);
        return Outcome<bool>.Done(true);
    }

    public async Task<Outcome<bool>> DeleteDocumentTypeAsync(string code, CancellationToken ct)
    {
        if (await db.DocumentTypes.FirstOrDefaultAsync(t => t.Code == code, ct) is not { } type)
        {
            return Outcome<bool>.NotFound("No document type has this code.");
        }

        var rules = await db.Rules.AsNoTracking().ToListAsync(ct);
        if (rules.Any(r => r.Alternatives.Contains(code)) || await db.Documents.AnyAsync(d => d.DocumentType == code, ct))
        {
            return Outcome<bool>.Conflict("Rules or merchants' documents still use this document type.");
        }

        db.DocumentTypes.Remove(type);
        await CommitAsync(ct);
        return Outcome<bool>.Done(true);
    }

    public async Task<Outcome<bool>> DeleteRuleAsync(Guid id, CancellationToken ct)
    {
        if (await db.Rules.FirstOrDefaultAsync(r => r.Id == id, ct) is not { } rule)
        {
            return Outcome<bool>.NotFound("No rule has this id.");
        }

        var index = await catalog.GetAsync(db, ct);
        db.Rules.Remove(rule);
        await CommitAsync(ct);
        await EvaluateAffectedAsync(index, [rule.IndustryCode], ct);
        return Outcome<bool>.Done(true);
    }

    /// <summary>Replaces the catalog with <paramref name="content"/> (the recipe step), then evaluates every merchant.</summary>
    public async Task ReplaceAsync(CatalogContent content, CancellationToken ct)
    {
        var existing = await CatalogCache.LoadAsync(db, ct);
        Upsert(db.Industries, existing.Industries, content.Industries, i => i.Code);
        Upsert(db.Categories, existing.Categories, content.Categories, c => c.Code);
        Upsert(db.DocumentTypes, existing.DocumentTypes, content.DocumentTypes, t => t.Code);
        Upsert(db.Rules, existing.Rules, content.Rules, r => r.Id.ToString());
        await CommitAsync(ct);
        await EvaluateAsync(_ => true, ct);
    }

    private void Upsert<T>(DbSet<T> set, IReadOnlyList<T> existing, IReadOnlyList<T> wanted, Func<T, string> key)
        where T : class
    {
        var known = existing.ToDictionary(key);
        foreach (var item in wanted)
        {
            if (known.TryGetValue(key(item), out var current))
            {
                var version = (int)db.Entry(current).Property("Version").CurrentValue!;
                var entry = set.Update(item);
                entry.Property("Version").OriginalValue = version;
                entry.Property("Version").CurrentValue = version + 1;
            }
            else
            {
                set.Add(item);
            }
        }
    }

    private async Task<ChangeRefusal?> SaveAsync<T>(DbSet<T> set, T item, bool creating, int? version, System.Linq.Expressions.Expression<Func<T, bool>> match, CancellationToken ct)
        where T : class
    {
        if (creating)
        {
            set.Add(item);
        }
        else
        {
            var current = await set.AsNoTracking().FirstOrDefaultAsync(match, ct);
            if (current is null)
            {
                return new ChangeRefusal(Refusal.NotFound, "Nothing has this code.");
            }

            var currentVersion = (int)db.Entry(current).Property("Version").CurrentValue!;
            if (version is { } expected && expected != currentVersion)
            {
                return new ChangeRefusal(Refusal.Conflict, $"It changed meanwhile (version {currentVersion}); reload it.");
            }

            var entry = set.Update(item);
            entry.Property("Version").OriginalValue = currentVersion;
            entry.Property("Version").CurrentValue = currentVersion + 1;
        }

        try
        {
            await CommitAsync(ct);
            return null;
        }
        catch (DbUpdateException) when (!creating)
        {
            return new ChangeRefusal(Refusal.Conflict, "It changed meanwhile; reload it.");
        }
        catch (DbUpdateException)
        {
            return new ChangeRefusal(Refusal.Conflict, "This code is already used.");
        }
    }

    private async Task CommitAsync(CancellationToken ct)
    {
        await CatalogCache.TouchAsync(db, ct);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        catalog.Invalidate();
    }

    /// <summary>Merchants with a category under any of <paramref name="industries"/> (null: every merchant).</summary>
    private async Task EvaluateAffectedAsync(RuleIndex before, IReadOnlyList<string?> industries, CancellationToken ct)
    {
        if (industries.Any(i => i is null))
        {
            await EvaluateAsync(_ => true, ct);
            return;
        }

        var after = await catalog.GetAsync(db, ct);
        bool Under(RuleIndex index, string category)
            => index.Categories.TryGetValue(category, out var c) && index.IndustryPath(c.IndustryCode).Any(industries.Contains);
        await EvaluateAsync(p => p.Categories.Any(c => Under(before, c) || Under(after, c)), ct);
    }

    private async Task EvaluateAsync(Func<MerchantProfile, bool> affected, CancellationToken ct)
    {
        var profiles = await db.Profiles.AsNoTracking().ToListAsync(ct);
        await qualifications.EvaluateAllAsync(profiles.Where(affected).Select(p => p.MerchantId).ToList(), ct);
    }

    private sealed record ChangeRefusal(Refusal Refusal, string Message)
    {
        public Outcome<T> For<T>() => new(default, Refusal, Message: Message);
    }
}
