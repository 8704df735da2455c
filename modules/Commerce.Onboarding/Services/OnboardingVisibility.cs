using Commerce.Shells;

namespace Commerce.Onboarding.Services;

/// <summary>
/// Whether the tenant takes new applications. Hidden onboarding keeps every application in progress, the audit and
/// invitations working, but turns away new applicants: the entry pages cannot rely on <c>AsStorefrontEntry</c>
/// alone, because applicants with an application must still get in.
/// </summary>
internal sealed class OnboardingVisibility(IShellFeatures features)
{
    public const string FeatureId = "Commerce.Onboarding";

    public bool AcceptsNewApplicants => !features.IsHidden(FeatureId);
}
