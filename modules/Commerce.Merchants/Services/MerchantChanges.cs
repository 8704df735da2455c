using Commerce.Events;
using Commerce.Merchants.Data;
using Commerce.Merchants.Domain;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Merchants.Services;

/// <summary>
/// Changes to an existing merchant: each loads it, checks the caller's version, lets the domain change it, stages
/// what changed in the outbox and saves both in one transaction (the version column refuses a writer who lost a race,
/// and its events with it). Each returns null when there is no such merchant.
/// </summary>
internal sealed class MerchantChanges(MerchantsDbContext db, MerchantNotices notices, TimeProvider clock)
{
    /// <summary>The <see cref="MerchantChanged.Change"/> words.</summary>
    public const string Registered = "registered", Shop = "shop", Logo = "logo", Company = "company", Grade = "grade", Status = "status";

    public Task<Merchant?> LoadAsync(Guid id, CancellationToken cancellationToken)
        => db.Merchants.Include(m => m.Restrictions).FirstOrDefaultAsync(m => m.Id == id, cancellationToken);

    public async Task<Merchant?> ChangeStatusAsync(
        Guid id, MerchantStatus to, string? reason, IEnumerable<string>? categories, int version, string? actorUserId, CancellationToken cancellationToken)
    {
        if (await LoadCurrentAsync(id, version, cancellationToken) is not { } merchant)
        {
            return null;
        }

        var from = merchant.Status;
        var now = clock.GetUtcNow();
        merchant.ChangeStatus(to, reason, categories, actorUserId, now);
        db.StageEvent(new MerchantStatusChanged(merchant.Id, from, merchant.Status, merchant.StatusReason, merchant.RestrictedCategories), now);
        Changed(merchant, Status, now);
        await SaveAsync(cancellationToken);
        await notices.StatusChangedAsync(merchant, cancellationToken);
        return merchant;
    }

    /// <summary>Moves the merchant to another grade; refused when it has more categories or staff than the grade allows.</summary>
    public async Task<Merchant?> ChangeGradeAsync(Guid id, string? gradeId, string? reason, int version, string? actorUserId, CancellationToken cancellationToken)
    {
        if (await LoadCurrentAsync(id, version, cancellationToken) is not { } merchant)
        {
            return null;
        }

        var grade = string.IsNullOrWhiteSpace(gradeId) ? null : await db.Grades.FirstOrDefaultAsync(g => g.Id == gradeId.Trim(), cancellationToken);
        if (grade is null)
        {
            throw new MerchantRuleException("gradeId", "No such grade.");
        }

        var staff = await db.Members.CountAsync(m => m.MerchantId == id && !m.IsOwner, cancellationToken);
        if ((grade.CheckCategories(merchant.Categories.Count) ?? grade.CheckStaff(staff)) is { } limit)
        {
            throw new MerchantRuleException("gradeId", limit);
        }

        merchant.ChangeGrade(grade, reason, actorUserId, clock.GetUtcNow());
        Changed(merchant, Grade, clock.GetUtcNow());
        await SaveAsync(cancellationToken);
        return merchant;
    }

    /// <summary>Replaces the shop's details (not its logo); publishes <see cref="MerchantProfileChanged"/> when categories, brands or type changed.</summary>
    public async Task<Merchant?> UpdateShopAsync(Guid id, ShopDetails shop, int version, CancellationToken cancellationToken)
    {
        if (await LoadCurrentAsync(id, version, cancellationToken) is not { } merchant)
        {
            return null;
        }

        merchant.EnsureOpen();
        var grade = await db.Grades.AsNoTracking().FirstAsync(g => g.Id == merchant.GradeId, cancellationToken);
        var errors = new Dictionary<string, string[]>();
        MerchantValidation.Shop(shop, grade, errors, prefix: "");
        if (errors.Count > 0)
        {
            throw new MerchantValidationException(errors);
        }

        var categories = MerchantValidation.Clean(shop.Categories);
        var brands = MerchantValidation.Clean(shop.Brands);
        var profileChanged = merchant.ShopType != shop.Type || !merchant.Categories.SequenceEqual(categories) || !merchant.Brands.SequenceEqual(brands);
        merchant.ShopName = shop.Name.Trim();
        merchant.ShopType = shop.Type;
        merchant.Description = string.IsNullOrWhiteSpace(shop.Description) ? null : shop.Description.Trim();
        merchant.Categories = categories;
        merchant.Brands = brands;
        var now = clock.GetUtcNow();
        merchant.Touch(now);
        if (profileChanged)
        {
            db.StageEvent(new MerchantProfileChanged(merchant.Id, merchant.Categories, merchant.Brands, merchant.ShopType), now);
        }

        Changed(merchant, Shop, now);
        await SaveAsync(cancellationToken);
        return merchant;
    }

    public async Task<Merchant?> SetLogoAsync(Guid id, string sha256, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is not { } merchant)
        {
            return null;
        }

        merchant.EnsureOpen();
        merchant.LogoSha256 = sha256;
        merchant.Touch(clock.GetUtcNow());
        Changed(merchant, Logo, clock.GetUtcNow());
        await SaveAsync(cancellationToken);
        return merchant;
    }

    /// <summary>
    /// Company details. The platform's edits apply at once; a merchant's own edits apply at once except its legal
    /// name, credit code and bank account, which become a <see cref="CompanyChangeRequest"/> for an admin to review.
    /// </summary>
    public async Task<(Merchant Merchant, CompanyChangeRequest? Request)?> UpdateCompanyAsync(
        Guid id, CompanyDetails company, int version, bool byPlatform, string? actorUserId, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        MerchantValidation.Company(company, errors, prefix: "");
        if (errors.Count > 0)
        {
            throw new MerchantValidationException(errors);
        }

        if (await LoadCurrentAsync(id, version, cancellationToken) is not { } merchant)
        {
            return null;
        }

        merchant.EnsureOpen();
        var now = clock.GetUtcNow();
        var current = merchant.Company;
        if (byPlatform)
        {
            merchant.ApplyCompany(company);
            merchant.RecordCompanyChange("company details", "Edited by the platform.", actorUserId, now);
            Changed(merchant, Company, now);
            await SaveAsync(cancellationToken);
            return (merchant, null);
        }

        var proposedCode = UnifiedSocialCreditCode.Normalize(company.CreditCode);
        var bankChanged = company.Bank is { } bank && (current.Bank is null
            || bank.AccountNumber.Trim() != current.Bank.AccountNumber || bank.AccountName.Trim() != current.Bank.AccountName || bank.BankName.Trim() != current.Bank.BankName);
        CompanyChangeRequest? request = null;
        if (company.LegalName.Trim() != current.LegalName || proposedCode != current.CreditCode || bankChanged)
        {
            request = new CompanyChangeRequest
            {
                Id = Guid.CreateVersion7(),
                MerchantId = id,
                LegalName = company.LegalName.Trim() != current.LegalName ? company.LegalName.Trim() : null,
                CreditCode = proposedCode != current.CreditCode ? proposedCode : null,
                BankAccountName = bankChanged ? company.Bank!.AccountName.Trim() : null,
                BankName = bankChanged ? company.Bank!.BankName.Trim() : null,
                BankAccountNumber = bankChanged ? company.Bank!.AccountNumber.Trim() : null,
                RequestedByUserId = actorUserId ?? "",
                RequestedUtc = now,
            };
            db.ChangeRequests.Add(request);
        }

        merchant.ApplyCompany(current with
        {
            LegalRepresentative = company.LegalRepresentative,
            RegisteredAddress = company.RegisteredAddress,
            Region = company.Region,
        });
        merchant.Touch(now);
        Changed(merchant, Company, now);
        await SaveAsync(cancellationToken);
        return (merchant, request);
    }

    /// <summary>Applies the qualifications check's verdict; true when something changed (and events were staged).</summary>
    public async Task<bool> SetQualificationRestrictionsAsync(Guid id, IReadOnlyList<string> categories, string reason, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            if (await LoadAsync(id, cancellationToken) is not { } merchant)
            {
                return false;
            }

            var from = merchant.Status;
            var now = clock.GetUtcNow();
            if (!merchant.SetQualificationRestrictions(categories, reason, now))
            {
                return false;
            }

            db.StageEvent(new MerchantStatusChanged(merchant.Id, from, merchant.Status, merchant.StatusReason, merchant.RestrictedCategories), now);
            Changed(merchant, Status, now);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException) when (attempt < 3)
            {
                // An admin changed the merchant meanwhile: apply the verdict to the fresh row.
                db.ChangeTracker.Clear();
                continue;
            }

            await notices.StatusChangedAsync(merchant, cancellationToken);
            return true;
        }
    }

    /// <summary>Stages <see cref="MerchantChanged"/> for a change about to be saved (the version it will have once saved).</summary>
    public void Changed(Merchant merchant, string change, DateTimeOffset now) => db.StageEvent(new MerchantChanged(merchant.Id, change, merchant.Version), now);

    private async Task<Merchant?> LoadCurrentAsync(Guid id, int version, CancellationToken cancellationToken)
    {
        var merchant = await LoadAsync(id, cancellationToken);
        if (merchant is not null && merchant.Version != version)
        {
            throw new MerchantConflictException();
        }

        return merchant;
    }

    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new MerchantConflictException();
        }
    }
}
