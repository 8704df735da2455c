using Commerce.Files;
using Commerce.Qualifications.Data;
using Commerce.Qualifications.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Qualifications.Services;

/// <summary>Uploads, verification and rejection of merchants' documents, each recorded in the audit log and followed by an evaluation.</summary>
internal sealed class DocumentReviews(
    QualificationsDbContext db,
    CatalogCache catalog,
    QualificationClock clock,
    AuditLog audit,
    MerchantQualifications qualifications,
    IServiceProvider services)
{
    public async Task<Outcome<MerchantDocument>> UploadAsync(Guid merchantId, DocumentUpload upload, string userId, CancellationToken cancellationToken)
    {
        var profile = await db.Profiles.AsNoTracking().FirstOrDefaultAsync(p => p.MerchantId == merchantId, cancellationToken);
        if (profile is null)
        {
            return Outcome<MerchantDocument>.NotFound("Qualifications has no profile for this merchant yet.");
        }

        var index = await catalog.GetAsync(db, cancellationToken);
        if (upload.DocumentType is null || !index.DocumentTypes.TryGetValue(upload.DocumentType, out var type))
        {
            return Outcome<MerchantDocument>.Invalid(new() { ["documentType"] = ["No document type has this code."] });
        }

        var errors = type.Validate(upload.Number, upload.IssuedOn, upload.ExpiresOn, upload.IssuingAuthority, clock.Now().Today);
        var brand = string.IsNullOrWhiteSpace(upload.Brand) ? null : profile.Brands.FirstOrDefault(b => string.Equals(b, upload.Brand.Trim(), StringComparison.OrdinalIgnoreCase));
        if (!string.IsNullOrWhiteSpace(upload.Brand) && brand is null)
        {
            errors["brand"] = ["The merchant does not sell this brand; add it to the profile first."];
        }

        if (CheckFiles(type, upload.Files) is { } fileError)
        {
            errors["files"] = [fileError];
        }

        if (errors.Count > 0)
        {
            return Outcome<MerchantDocument>.Invalid(errors);
        }

        var files = services.GetRequiredService<IFileStore>();
        var hashes = new List<string>();
        foreach (var file in upload.Files)
        {
            await using var content = file.Open();
            try
            {
                var stored = await files.SaveAsync(content, type.MaxFileBytes, cancellationToken);
                if (!type.Accepts(stored.Kind))
                {
                    // The head was checked; a stream whose content changed under us is refused all the same.
                    return Outcome<MerchantDocument>.Invalid(new() { ["files"] = [KindError(type)] });
                }

                if (!hashes.Contains(stored.Sha256))
                {
                    hashes.Add(stored.Sha256);
                }
            }
            catch (FileTooLargeException)
            {
                return Outcome<MerchantDocument>.Invalid(new() { ["files"] = [SizeError(type)] });
            }
        }

        var document = new MerchantDocument
        {
            Id = Guid.CreateVersion7(),
            MerchantId = merchantId,
            DocumentType = type.Code,
            Brand = brand,
            Number = type.NormalizeNumber(upload.Number),
            IssuedOn = upload.IssuedOn,
            ExpiresOn = upload.ExpiresOn,
            IssuingAuthority = upload.IssuingAuthority?.Trim() is { Length: > 0 } authority ? authority : null,
            Files = hashes,
            Review = DocumentReview.Pending,
            UploadedBy = userId,
            UploadedAt = clock.Now().Now,
        };
        db.Documents.Add(document);
        audit.Add(merchantId, AuditActions.Uploaded, userId, document.Id, $"{type.Code}{(brand is null ? "" : $" ({brand})")}: {string.Join(", ", hashes)}");
        await db.SaveChangesAsync(cancellationToken);
        await qualifications.EvaluateAsync(merchantId, cancellationToken);
        return Outcome<MerchantDocument>.Done(document);
    }

    public Task<Outcome<MerchantDocument>> VerifyAsync(Guid documentId, int? version, string auditorId, CancellationToken cancellationToken)
        => DecideAsync(documentId, version, auditorId, DocumentReview.Verified, null, cancellationToken);

    public Task<Outcome<MerchantDocument>> RejectAsync(Guid documentId, int? version, string? reason, string auditorId, CancellationToken cancellationToken)
    {
        reason = reason?.Trim();
        if (string.IsNullOrEmpty(reason) || reason.Length > MerchantDocument.ReasonMaxLength)
        {
            return Task.FromResult(Outcome<MerchantDocument>.Invalid(new() { ["reason"] = [$"Say why, in at most {MerchantDocument.ReasonMaxLength} characters."] }));
        }

        return DecideAsync(documentId, version, auditorId, DocumentReview.Rejected, reason, cancellationToken);
    }

    private async Task<Outcome<MerchantDocument>> DecideAsync(Guid documentId, int? version, string auditorId, DocumentReview decision, string? reason, CancellationToken cancellationToken)
    {
        var document = await db.Documents.FirstOrDefaultAsync(d => d.Id == documentId, cancellationToken);
        if (document is null)
        {
            return Outcome<MerchantDocument>.NotFound("No document has this id.");
        }

        if (document.Review != DocumentReview.Pending || (version is { } expected && expected != document.Version))
        {
            return Outcome<MerchantDocument>.Conflict($"The document is {document.Review.ToString().ToLowerInvariant()} (version {document.Version}); only a pending document can be decided.");
        }

        document.Review = decision;
        document.RejectionReason = reason;
        document.ReviewedBy = auditorId;
        document.ReviewedAt = clock.Now().Now;
        document.Version++;
        audit.Add(document.MerchantId, decision == DocumentReview.Verified ? AuditActions.Verified : AuditActions.Rejected, auditorId, document.Id, reason ?? document.DocumentType);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome<MerchantDocument>.Conflict("Another auditor decided this document first.");
        }

        await qualifications.EvaluateAsync(document.MerchantId, cancellationToken);
        return Outcome<MerchantDocument>.Done(document);
    }

    /// <summary>Count, size and kind (from the first bytes, never the name) before anything is stored.</summary>
    private static string? CheckFiles(DocumentType type, IReadOnlyList<UploadedFile> uploads)
    {
        if (uploads.Count == 0 || uploads.Count > type.MaxFiles)
        {
            return $"Attach between 1 and {type.MaxFiles} files.";
        }

        Span<byte> head = stackalloc byte[FileKinds.SignatureLength];
        foreach (var upload in uploads)
        {
            if (upload.Length > type.MaxFileBytes)
            {
                return SizeError(type);
            }

            using var stream = upload.Open();
            var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            if (read == 0 || !type.Accepts(FileKinds.Detect(head[..read])))
            {
                return KindError(type);
            }
        }

        return null;
    }

    private static string SizeError(DocumentType type) => $"Each file may be at most {type.MaxFileBytes / 1024 / 1024.0:0.#} MB.";

    private static string KindError(DocumentType type) => $"Only {string.Join(", ", type.AcceptedKinds)} files are accepted (judged by their content).";
}
