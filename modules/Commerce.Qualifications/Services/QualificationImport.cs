using Commerce.Qualifications.Data;
using Commerce.Qualifications.Domain;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Qualifications.Services;

/// <summary>
/// Onboarding hands over an approved merchant: its profile and the documents its auditor verified. Idempotent per
/// (merchant, document type, brand, file hashes), so an approval that is retried adds nothing twice.
/// </summary>
internal sealed class QualificationImport(
    QualificationsDbContext db,
    MerchantProfiles profiles,
    AuditLog audit) : IQualificationImport
{
    public async Task ImportAsync(Guid merchantId, QualificationProfile profile, IReadOnlyList<VerifiedDocument> documents, string verifiedByUserId, CancellationToken cancellationToken = default)
    {
        foreach (var document in documents)
        {
            var details = document.Details;
            var key = $"{details.DocumentType}|{details.Brand?.Trim().ToLowerInvariant()}|{string.Join(",", details.Files.Order(StringComparer.Ordinal))}";
            if (await db.Documents.AnyAsync(d => d.MerchantId == merchantId && d.ImportKey == key, cancellationToken))
            {
                continue;
            }

            var id = Guid.CreateVersion7();
            db.Documents.Add(new MerchantDocument
            {
                Id = id,
                MerchantId = merchantId,
                DocumentType = details.DocumentType,
                Brand = details.Brand?.Trim(),
                Number = details.Number?.Trim(),
                IssuedOn = details.IssuedOn,
                ExpiresOn = details.ExpiresOn,
                IssuingAuthority = details.IssuingAuthority?.Trim(),
                Files = [.. details.Files],
                Review = DocumentReview.Verified,
                UploadedBy = verifiedByUserId,
                UploadedAt = document.VerifiedAt,
                ReviewedBy = verifiedByUserId,
                ReviewedAt = document.VerifiedAt,
                ImportKey = key,
            });
            audit.Add(merchantId, AuditActions.Imported, verifiedByUserId, id, $"{details.DocumentType}: verified during onboarding");
        }

        await db.SaveChangesAsync(cancellationToken);
        var result = await profiles.SetAsync(
            merchantId,
            new ProfileInput(profile.Categories, profile.Brands, profile.Answers, profile.ShopType),
            verifiedByUserId,
            cancellationToken);
        if (result.Refusal == Refusal.Invalid)
        {
            throw new ArgumentException($"The profile is invalid: {string.Join("; ", result.Errors!.Select(e => $"{e.Key}: {e.Value[0]}"))}", nameof(profile));
        }
    }
}
