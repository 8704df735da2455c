using Commerce.Onboarding.Domain;
using Commerce.Qualifications;

namespace Commerce.Onboarding.Services;

/// <summary>Works out what an application still lacks: required fields, the company fields of a quick company shop, owed documents.</summary>
internal sealed class ApplicationProgress(StepCatalog catalog)
{
    public async Task<ProgressReport> ReportAsync(MerchantApplication application, CancellationToken cancellationToken)
    {
        var steps = await catalog.StepsForAsync(application.Mode, cancellationToken);
        var profile = ApplicationProfile.Read(application, steps);
        var missing = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var step in steps.Where(s => s.Kind == StepKind.Form))
        {
            foreach (var field in step.Fields.Where(f => FieldRules.IsMissing(f, application.Value(step.Key, f.Key))))
            {
                missing[ItemKeys.Field(step.Key, field.Key)] = [field.Type == FieldType.Agreement ? "Accept the agreement to continue." : "Required."];
            }
        }

        if (application.Mode == ApplicationMode.Quick)
        {
            foreach (var key in QuickForm.Missing(application, profile))
            {
                missing[key] = ["Required for companies."];
            }
        }

        foreach (var (key, messages) in RegistrationRules.Missing(profile))
        {
            // A bound field that is merely empty is reported under its own key already.
            if (!RequiredBindings(steps).Any(b => b == key["profile.".Length..]))
            {
                missing[key] = messages;
            }
        }

        RequirementSet? requirements = null;
        if (catalog.Qualifications is { } evaluator && steps.Any(s => s.Kind == StepKind.Qualifications))
        {
            requirements = await evaluator.EvaluateAsync(new QualificationSubject(ToQualificationProfile(profile), [.. application.Content.Documents.Select(d => ToDetails(application, d))]), cancellationToken);
            foreach (var item in requirements.Items.Where(i => !application.Content.Documents.Any(d => d.RequirementKey == i.Key)))
            {
                missing[ItemKeys.Document(item.Key)] = ["Required document."];
            }
        }

        return new ProgressReport(steps, profile, requirements, missing);
    }

    private static IEnumerable<string> RequiredBindings(IReadOnlyList<StepDefinition> steps)
        => steps.SelectMany(s => s.Fields).Where(f => f.Required && f.Binding is not null).Select(f => f.Binding!);

    public static QualificationProfile ToQualificationProfile(ApplicationProfile profile)
        => new(profile.Categories, profile.Brands, profile.Answers, profile.ShopType);

    /// <summary>A document as Qualifications sees it, with the auditors' latest word on it.</summary>
    public static DocumentDetails ToDetails(MerchantApplication application, DocumentEntry document)
    {
        var verdict = application.LastVerdict(document.ItemKey);
        var review = verdict switch
        {
            null => DocumentReview.Pending,
            { Accepted: true } => DocumentReview.Verified,
            _ => DocumentReview.Rejected,
        };
        return new DocumentDetails(document.DocumentType, document.Brand, document.Number, document.IssuedOn, document.ExpiresOn,
            document.IssuingAuthority, document.Files, review, verdict is { Accepted: false } ? verdict.Reason : null);
    }
}
