using System.Text.Json;
using Commerce.Onboarding.Domain;

namespace Commerce.Onboarding.Services;

/// <summary>
/// The usual guided steps (agreement, company, contact, shop, categories and brands, qualifications, review),
/// from <c>Recipes/standard-steps.json</c>: what a tenant gets until its recipe or an admin defines its own.
/// </summary>
internal static class StandardSteps
{
    private static readonly Lazy<IReadOnlyList<StepDefinition>> Steps = new(Load);

    public static IReadOnlyList<StepDefinition> All => Steps.Value;

    private static IReadOnlyList<StepDefinition> Load()
    {
        using var stream = typeof(StandardSteps).Assembly.GetManifestResourceStream("Commerce.Onboarding.standard-steps.json")
            ?? throw new InvalidOperationException("The standard onboarding steps are not embedded.");
        return JsonSerializer.Deserialize<List<StepDefinition>>(stream, OnboardingJson.Options)!;
    }
}
