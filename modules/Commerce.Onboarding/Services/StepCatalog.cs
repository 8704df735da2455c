using System.Globalization;
using Commerce.Onboarding.Domain;
using Commerce.Qualifications;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Onboarding.Services;

/// <summary>
/// The steps an application follows: the quick form, or the tenant's guided steps. While Qualifications is enabled,
/// the field bound to the shop's categories offers that module's categories instead of the ones written in the steps.
/// </summary>
internal sealed class StepCatalog(SettingsStore settings, IServiceProvider services)
{
    private IReadOnlyList<FieldChoice>? _categories;

    public IRequirementEvaluator? Qualifications { get; } = services.GetService<IRequirementEvaluator>();

    public async Task<IReadOnlyList<StepDefinition>> StepsForAsync(ApplicationMode mode, CancellationToken cancellationToken)
    {
        var steps = mode == ApplicationMode.Quick ? QuickForm.Steps : (await settings.GetAsync(cancellationToken)).Steps;
        if (Qualifications is null)
        {
            return steps;
        }

        _categories ??= [.. (await Qualifications.CategoriesAsync(cancellationToken))
            .Select(c => new FieldChoice(c.Code, CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.Ordinal) ? c.NameZh : c.NameEn))];
        return [.. steps.Select(step => step with
        {
            Fields = [.. step.Fields.Select(f => f.Binding == ProfileBindings.Categories && _categories.Count > 0 ? f with { Choices = _categories } : f)],
        })];
    }

    /// <summary>The industry the queue files an application under: the first category's top industry, or the category itself.</summary>
    public async Task<string?> IndustryOfAsync(IReadOnlyList<string> categories, CancellationToken cancellationToken)
    {
        if (categories is not [var first, ..])
        {
            return null;
        }

        if (Qualifications is null)
        {
            return first;
        }

        var category = (await Qualifications.CategoriesAsync(cancellationToken)).FirstOrDefault(c => c.Code == first);
        return category?.IndustryPath is [var industry, ..] ? industry : first;
    }
}
