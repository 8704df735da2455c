using Commerce.Navigation;

namespace Commerce.Onboarding.Admin;

internal sealed class OnboardingAdminNavigation : IAdminNavigationProvider
{
    public IEnumerable<AdminNavigationItem> GetItems() =>
    [
        new AdminNavigationItem("Applications", "/admin/onboarding", 30, OnboardingPermissions.ReviewApplications.Name),
        new AdminNavigationItem("Onboarding settings", "/admin/onboarding/settings", 31, OnboardingPermissions.ManageOnboarding.Name),
    ];
}
