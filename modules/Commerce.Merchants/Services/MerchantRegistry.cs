using Commerce.Events;
using Commerce.Merchants.Data;
using Commerce.Merchants.Domain;
using Commerce.Security;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Merchants.Services;

/// <summary>
/// The registry as other modules see it, and the one place merchants are created: from an approved application
/// (active, idempotent by application) or by the platform (pending until an admin activates it).
/// </summary>
internal sealed class MerchantRegistry(
    MerchantsDbContext db, GradeCatalog grades, MerchantPeople people, IUserDirectory users, TimeProvider clock) : IMerchantRegistry
{
    public async Task<MerchantInfo?> FindAsync(Guid merchantId, CancellationToken cancellationToken = default)
    {
        var merchant = await db.Merchants.AsNoTracking().Include(m => m.Restrictions).FirstOrDefaultAsync(m => m.Id == merchantId, cancellationToken);
        return merchant is null ? null : Info(merchant);
    }

    public async Task<MerchantInfo> RegisterAsync(MerchantRegistration registration, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(registration);
        if (await ExistingAsync(registration.ApplicationId, cancellationToken) is { } existing)
        {
            return existing;
        }

        try
        {
            var merchant = await CreateAsync(
                registration.ApplicationId, registration.OwnerUserId, registration.Company, registration.Shop, registration.GradeId,
                MerchantStatus.Active, $"Registered from application {registration.ApplicationId}.", null, cancellationToken);
            return Info(merchant);
        }
        catch (DbUpdateException)
        {
            // Another approval of the same application may have won the race; then its merchant is the one.
            var winner = await ExistingAsync(registration.ApplicationId, cancellationToken);
            if (winner is null)
            {
                throw;
            }

            return winner;
        }
    }

    public async Task<IReadOnlyList<GradeInfo>> GradesAsync(CancellationToken cancellationToken = default)
        => [.. (await grades.ListAsync(cancellationToken)).Select(GradeCatalog.Info)];

    /// <summary>
    /// Validates, stores the merchant with its owner and stages <see cref="MerchantRegistered"/> and
    /// <see cref="MerchantChanged"/> in the same transaction, then gives the owner its membership and role.
    /// </summary>
    public async Task<Merchant> CreateAsync(
        Guid? applicationId, string ownerUserId, CompanyDetails? company, ShopDetails? shop, string? gradeId, MerchantStatus status, string reason,
        string? actorUserId, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var grade = await grades.FindOrDefaultAsync(gradeId, cancellationToken);
        if (grade is null)
        {
            errors["gradeId"] = [string.IsNullOrWhiteSpace(gradeId) ? "No grade is the default; define grades first." : "No such grade."];
        }

        if (string.IsNullOrWhiteSpace(ownerUserId) || await users.FindAsync(ownerUserId, cancellationToken) is null)
        {
            errors["ownerUserId"] = ["The owner must be an existing user."];
        }

        MerchantValidation.Company(company, errors);
        MerchantValidation.Shop(shop, grade, errors);
        if (errors.Count > 0)
        {
            throw new MerchantValidationException(errors);
        }

        var now = clock.GetUtcNow();
        var merchant = Merchant.Create(Guid.CreateVersion7(), applicationId, ownerUserId, company!, shop!, grade!.Id, status, reason, actorUserId, now);
        db.Merchants.Add(merchant);
        db.Members.Add(new MerchantMember { MerchantId = merchant.Id, UserId = ownerUserId, IsOwner = true, JoinedUtc = now });
        db.StageEvent(new MerchantRegistered(merchant.Id, applicationId ?? Guid.Empty, ownerUserId, merchant.Categories, merchant.Brands, merchant.ShopType), now);
        db.StageEvent(new MerchantChanged(merchant.Id, MerchantChanges.Registered, merchant.Version), now);
        await db.SaveChangesAsync(cancellationToken);

        await people.JoinAsync(ownerUserId, merchant.Id, isOwner: true, cancellationToken);
        return merchant;
    }

    private async Task<MerchantInfo?> ExistingAsync(Guid applicationId, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var merchant = await db.Merchants.AsNoTracking().Include(m => m.Restrictions).FirstOrDefaultAsync(m => m.ApplicationId == applicationId, cancellationToken);
        if (merchant is null)
        {
            return null;
        }

        await people.JoinAsync(merchant.OwnerUserId, merchant.Id, isOwner: true, cancellationToken);
        return Info(merchant);
    }

    public static MerchantInfo Info(Merchant merchant)
        => new(merchant.Id, merchant.ShopName, merchant.LegalName, merchant.ShopType, merchant.Status, merchant.GradeId, merchant.Categories, merchant.Brands, merchant.RestrictedCategories);
}
