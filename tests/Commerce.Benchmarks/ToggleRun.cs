using Commerce.Hosting.Features;
using Commerce.Shells;

namespace Commerce.Benchmarks;

/// <summary>The toggle under measurement, shared by the BenchmarkDotNet class and the phase breakdown.</summary>
public static class ToggleRun
{
    /// <summary>Puts the toggled feature in the state <paramref name="change"/> starts from, and waits until requests see it.</summary>
    public static async Task PrepareAsync(CommerceBenchHost host, FeatureAction change)
    {
        var features = host.Features;
        string[] id = [BenchFeatures.Toggled];
        switch (change)
        {
            case FeatureAction.Enable:
                await Expect(features.ChangeAsync(TenantInfo.DefaultName, FeatureAction.Disable, id));
                await host.WaitForStatusAsync(BenchFeatures.ToggledPath, 404);
                break;
            case FeatureAction.Show:
                await Expect(features.ChangeAsync(TenantInfo.DefaultName, FeatureAction.Enable, id));
                await Expect(features.ChangeAsync(TenantInfo.DefaultName, FeatureAction.Hide, id));
                await host.WaitForStatusAsync(BenchFeatures.ToggledPath, 404);
                break;
            default:
                await Expect(features.ChangeAsync(TenantInfo.DefaultName, FeatureAction.Enable, id));
                await Expect(features.ChangeAsync(TenantInfo.DefaultName, FeatureAction.Show, id));
                await host.WaitForStatusAsync(BenchFeatures.ToggledPath, 200);
                break;
        }
    }

    /// <summary>Issues the change and requests the feature's endpoint until the answer reflects it.</summary>
    public static async Task<int> ChangeAndObserveAsync(CommerceBenchHost host, bool viaApi, FeatureAction change)
    {
        await IssueAsync(host, viaApi, change);
        return await host.WaitForStatusAsync(BenchFeatures.ToggledPath, ExpectedStatus(change));
    }

    public static async Task IssueAsync(CommerceBenchHost host, bool viaApi, FeatureAction change)
    {
        if (viaApi)
        {
            var verb = change.ToString().ToLowerInvariant();
            using var response = await host.AdminClient.PostAsync($"/api/features/{BenchFeatures.Toggled}/{verb}", content: null);
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"POST {verb} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            }
        }
        else
        {
            await Expect(host.Features.ChangeAsync(TenantInfo.DefaultName, change, [BenchFeatures.Toggled]));
        }
    }

    public static int ExpectedStatus(FeatureAction change) => change is FeatureAction.Disable or FeatureAction.Hide ? 404 : 200;

    private static async Task Expect(Task<FeatureChangeResult> change)
    {
        var result = await change;
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Feature change refused: {result.Error} {result.Message}");
        }
    }
}
