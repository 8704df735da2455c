using System.Text.Json;
using Commerce.Onboarding.Api;
using Commerce.Onboarding.Services;
using Commerce.Recipes;

namespace Commerce.Onboarding.Recipes;

/// <summary>
/// Recipe step <c>onboarding</c>: <c>{ "name": "onboarding", "mode": "Guided", "maxChangeRounds": 3,
/// "autoApproveIndividuals": false, "steps": [ … ] }</c>. Without <c>steps</c> the standard steps apply.
/// </summary>
internal sealed class OnboardingRecipeStep(SettingsStore settings) : IRecipeStep
{
    public string Name => "onboarding";

    public async Task ExecuteAsync(JsonElement step, CancellationToken cancellationToken)
    {
        var current = await settings.GetAsync(cancellationToken);
        var input = step.Deserialize<SettingsInput>(JsonSerializerOptions.Web)! with { Version = current.Version };
        var errors = OnboardingAdminApi.Validate(input with { Mode = input.Mode ?? "Guided", MaxChangeRounds = input.MaxChangeRounds ?? SettingsStore.DefaultMaxChangeRounds }, out var mode);
        var steps = current.Steps;
        if (step.TryGetProperty("steps", out var stepsJson))
        {
            steps = StepInputs.ToDomain(stepsJson.Deserialize<List<StepInput>>(JsonSerializerOptions.Web) ?? [], errors);
        }

        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"Recipe step 'onboarding': {string.Join("; ", errors.Select(e => $"{e.Key}: {e.Value[0]}"))}");
        }

        await settings.SaveAsync(current with
        {
            Mode = mode,
            MaxChangeRounds = input.MaxChangeRounds ?? SettingsStore.DefaultMaxChangeRounds,
            AutoApproveIndividuals = input.AutoApproveIndividuals ?? false,
            Steps = steps,
        }, cancellationToken);
    }
}
