using Commerce.Navigation;

namespace Commerce.Qualifications.Admin;

internal sealed class QualificationsAdminNavigation : IAdminNavigationProvider
{
    public IEnumerable<AdminNavigationItem> GetItems() =>
    [
        new("Qualification rules", "/admin/qualifications", 60, QualificationsPermissions.ManageQualificationRules.Name),
        new("Documents awaiting verification", "/admin/qualifications/review", 61, QualificationsPermissions.AuditQualifications.Name),
    ];
}
