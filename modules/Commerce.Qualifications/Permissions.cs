using Commerce.Security;

namespace Commerce.Qualifications;

/// <summary>What the qualifications module lets roles do. Merchants' own people act on their merchant without a permission.</summary>
public sealed class QualificationsPermissions : IPermissionProvider
{
    public static readonly Permission ManageQualificationRules = new(
        "ManageQualificationRules", "Edit industries, categories, document types and requirement rules.", "Qualifications");

    public static readonly Permission AuditQualifications = new(
        "AuditQualifications", "See every merchant's qualifications, download their documents, verify or reject them, set profiles.", "Qualifications");

    public IEnumerable<Permission> GetPermissions() => [ManageQualificationRules, AuditQualifications];

    public IEnumerable<DefaultGrant> GetDefaultGrants() => [new DefaultGrant(RoleNames.Auditor, [AuditQualifications])];
}
