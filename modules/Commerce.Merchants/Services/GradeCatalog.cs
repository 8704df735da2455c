using Commerce.Merchants.Data;
using Commerce.Merchants.Domain;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Merchants.Services;

/// <summary>The grades admins defined: finding one, the default, and saving a definition so exactly one stays default.</summary>
internal sealed class GradeCatalog(MerchantsDbContext db)
{
    public async Task<List<MerchantGrade>> ListAsync(CancellationToken cancellationToken)
        => await db.Grades.AsNoTracking().OrderByDescending(g => g.IsDefault).ThenBy(g => g.Id).ToListAsync(cancellationToken);

    /// <summary>The grade <paramref name="id"/>, or the default grade when <paramref name="id"/> is null or blank.</summary>
    public Task<MerchantGrade?> FindOrDefaultAsync(string? id, CancellationToken cancellationToken)
        => string.IsNullOrWhiteSpace(id)
            ? db.Grades.FirstOrDefaultAsync(g => g.IsDefault, cancellationToken)
            : db.Grades.FirstOrDefaultAsync(g => g.Id == id.Trim(), cancellationToken);

    /// <summary>
    /// Creates or updates a grade. The first grade, or one marked default, becomes the default and the others
    /// stop being it; the default cannot simply be unmarked (mark another one instead).
    /// </summary>
    public async Task<MerchantGrade> SaveAsync(GradeDefinition definition, int? expectedVersion, CancellationToken cancellationToken)
    {
        var (depositAmount, depositCurrency) = definition.Deposit is { } deposit
            ? (deposit.Amount, deposit.CurrencyCode)
            : (definition.DepositAmount, definition.DepositCurrency);
        var errors = MerchantGrade.Validate(definition.Id, definition.Name, definition.MaxCategories, definition.MaxStaff, definition.MaxProducts,
            definition.Permissions, depositAmount, depositCurrency);
        if (errors.Count > 0)
        {
            throw new MerchantValidationException(errors);
        }

        var grade = await db.Grades.FirstOrDefaultAsync(g => g.Id == definition.Id, cancellationToken);
        if (grade is null)
        {
            grade = new MerchantGrade { Id = definition.Id!, Name = "", Deposit = new Money(depositAmount, depositCurrency!) };
            db.Grades.Add(grade);
        }
        else if (expectedVersion is { } version && version != grade.Version)
        {
            throw new MerchantConflictException();
        }
        else if (grade.IsDefault && !definition.IsDefault)
        {
            throw new MerchantRuleException("isDefault", "Make another grade the default instead.");
        }

        var becomesDefault = definition.IsDefault || !await db.Grades.AnyAsync(g => g.IsDefault && g.Id != definition.Id, cancellationToken);
        if (becomesDefault)
        {
            await foreach (var other in db.Grades.Where(g => g.IsDefault && g.Id != definition.Id).AsAsyncEnumerable().WithCancellation(cancellationToken))
            {
                other.IsDefault = false;
                other.Version++;
            }
        }

        grade.Name = definition.Name!.Trim();
        grade.IsDefault = becomesDefault;
        grade.MaxCategories = definition.MaxCategories;
        grade.MaxStaff = definition.MaxStaff;
        grade.MaxProducts = definition.MaxProducts;
        grade.Permissions = [.. MerchantPermissionNames.All.Where(p => (definition.Permissions ?? []).Contains(p, StringComparer.Ordinal))];
        grade.Deposit = new Money(depositAmount, depositCurrency!);
        grade.Version++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new MerchantConflictException();
        }

        return grade;
    }

    public static GradeInfo Info(MerchantGrade grade)
        => new(grade.Id, grade.Name, grade.IsDefault, grade.Permissions, grade.Deposit);
}

/// <summary>What an admin (or a recipe) says a grade is.</summary>
/// <param name="Deposit">The deposit, <c>{ "amount": 10000, "currency": "CNY" }</c> in JSON; when null, <paramref name="DepositAmount"/> and
/// <paramref name="DepositCurrency"/> say it (the older shape, still read by recipes and the API).</param>
public sealed record GradeDefinition(
    string? Id, string? Name, bool IsDefault, int MaxCategories, int MaxStaff, int MaxProducts, IReadOnlyList<string>? Permissions,
    decimal DepositAmount = 0m, string? DepositCurrency = null, Money? Deposit = null);
