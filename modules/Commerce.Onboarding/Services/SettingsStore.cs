using System.Text.Json;
using Commerce.Data;
using Commerce.Onboarding.Data;
using Commerce.Onboarding.Domain;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Onboarding.Services;

/// <summary>
/// Reads and writes the tenant's onboarding settings; without a stored row, guided mode with the standard steps.
/// Reads come from the shell's <see cref="CachedDocument{T}"/>, so saving a step does not read the settings again.
/// </summary>
internal sealed class SettingsStore(OnboardingDbContext db, CachedDocument<OnboardingSettings> cache)
{
    public const int DefaultMaxChangeRounds = 3;

    public ValueTask<OnboardingSettings> GetAsync(CancellationToken cancellationToken) => cache.GetAsync(LoadAsync, cancellationToken);

    private async Task<OnboardingSettings> LoadAsync(CancellationToken cancellationToken)
    {
        var row = await db.Settings.AsNoTracking().FirstOrDefaultAsync(s => s.Id == SettingsRecord.SingletonId, cancellationToken);
        return row is null
            ? new OnboardingSettings(ApplicationMode.Guided, DefaultMaxChangeRounds, false, StandardSteps.All)
            : new OnboardingSettings(
                Enum.Parse<ApplicationMode>(row.Mode),
                row.MaxChangeRounds,
                row.AutoApproveIndividuals,
                JsonSerializer.Deserialize<List<StepDefinition>>(row.Steps, OnboardingJson.Options)!,
                row.Version);
    }

    /// <summary>Stores new settings if nobody changed them since <paramref name="settings"/>' version was read.</summary>
    public async Task<OnboardingSettings> SaveAsync(OnboardingSettings settings, CancellationToken cancellationToken)
    {
        var row = await db.Settings.FirstOrDefaultAsync(s => s.Id == SettingsRecord.SingletonId, cancellationToken);
        if (row is null)
        {
            row = new SettingsRecord { Mode = "", Steps = "" };
            db.Settings.Add(row);
        }
        else if (row.Version != settings.Version)
        {
            cache.Invalidate();
            throw new SettingsConflictException();
        }

        row.Mode = settings.Mode.ToString();
        row.MaxChangeRounds = settings.MaxChangeRounds;
        row.AutoApproveIndividuals = settings.AutoApproveIndividuals;
        row.Steps = JsonSerializer.Serialize(settings.Steps, OnboardingJson.Options);
        row.Version = settings.Version + 1;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (db.Entry(row).State != EntityState.Unchanged)
        {
            db.ChangeTracker.Clear();
            cache.Invalidate();
            throw new SettingsConflictException();
        }

        cache.Invalidate();
        return settings with { Version = row.Version };
    }
}

/// <summary>Someone else saved the settings since they were read.</summary>
internal sealed class SettingsConflictException() : Commerce.Problems.ConflictException("The onboarding settings changed since they were read.")
{
    /// <inheritdoc/>
    public override string? LegacyCode => "concurrency-conflict";
}
