using Commerce.Security;

namespace Commerce.Onboarding;

/// <summary>What onboarding lets roles do.</summary>
public sealed class OnboardingPermissions : IPermissionProvider
{
    private const string Category = "Onboarding";

    public static readonly Permission ApplyForShop = new("ApplyForShop", "Apply to open a shop, and follow one's own application.", Category);

    public static readonly Permission ReviewApplications = new("ReviewApplications", "Work the audit queue: review, request changes, approve and reject applications.", Category);

    public static readonly Permission ManageOnboarding = new("ManageOnboarding", "Choose the onboarding mode, define the steps and their fields, invite companies.", Category);

    public IEnumerable<Permission> GetPermissions() => [ApplyForShop, ReviewApplications, ManageOnboarding];

    public IEnumerable<DefaultGrant> GetDefaultGrants() =>
    [
        new(RoleNames.Applicant, [ApplyForShop]),
        new(RoleNames.MerchantOwner, [ApplyForShop]),
        new(RoleNames.Auditor, [ReviewApplications]),
    ];
}
