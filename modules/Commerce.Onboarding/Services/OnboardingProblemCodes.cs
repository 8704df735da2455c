namespace Commerce.Onboarding.Services;

/// <summary>Problem codes of the services beyond the domain's own rules (<see cref="Domain.ApplicationRules"/>).</summary>
internal static class OnboardingProblemCodes
{
    /// <summary>The applicant already has an application in progress.</summary>
    public const string ApplicationExists = "application-exists";

    /// <summary>Onboarding is hidden and the applicant has no valid invitation.</summary>
    public const string OnboardingClosed = "onboarding-closed";

    /// <summary>The invitation link is unknown, used or expired.</summary>
    public const string InvalidInvitation = "invalid-invitation";
}
