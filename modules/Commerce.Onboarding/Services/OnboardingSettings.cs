using Commerce.Onboarding.Domain;

namespace Commerce.Onboarding.Services;

/// <summary>What a tenant chose for onboarding.</summary>
/// <param name="Mode">The mode new applications start in; applications in progress keep theirs.</param>
/// <param name="MaxChangeRounds">How many times auditors may send an application back before they must decide.</param>
/// <param name="AutoApproveIndividuals">Quick mode: individual sellers are approved on submission.</param>
/// <param name="Steps">The guided steps, in order.</param>
internal sealed record OnboardingSettings(ApplicationMode Mode, int MaxChangeRounds, bool AutoApproveIndividuals, IReadOnlyList<StepDefinition> Steps, int Version = 0)
{
    public const int MaxRoundsLimit = 10;
}
