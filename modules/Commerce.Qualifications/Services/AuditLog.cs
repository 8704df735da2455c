using Commerce.Qualifications.Data;
using Commerce.Qualifications.Domain;

namespace Commerce.Qualifications.Services;

/// <summary>Adds lines to the audit log in the caller's unit of work, so a change and its record are saved together.</summary>
internal sealed class AuditLog(QualificationsDbContext db, TimeProvider clock)
{
    public const string System = "system";

    public void Add(Guid merchantId, string action, string userId, Guid? documentId = null, string? detail = null)
        => db.AuditLog.Add(new AuditEntry
        {
            Id = Guid.CreateVersion7(),
            MerchantId = merchantId,
            DocumentId = documentId,
            Action = action,
            UserId = userId,
            At = clock.GetUtcNow(),
            Detail = detail is { Length: > AuditEntry.DetailMaxLength } ? detail[..AuditEntry.DetailMaxLength] : detail,
        });
}
