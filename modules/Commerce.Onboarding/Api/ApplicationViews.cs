using Commerce.Onboarding.Domain;
using Commerce.Onboarding.Services;

namespace Commerce.Onboarding.Api;

/// <summary>Builds the <see cref="ApplicationView"/> the API and the pages show.</summary>
internal sealed class ApplicationViews(ApplicationProgress progress, ApplicationRepository applications, SettingsStore settings)
{
    private static readonly ApplicationAction[] ApplicantActions = [ApplicationAction.Submit];

    public async Task<ApplicationView> BuildAsync(MerchantApplication application, bool forAuditor, CancellationToken cancellationToken)
    {
        var report = await progress.ReportAsync(application, cancellationToken);
        var flagged = application.FlaggedItems;
        string? FlagOf(string item) => flagged.FirstOrDefault(v => v.ItemKey == item)?.Reason;

        var steps = report.Steps.Select(step => new StepView(
            step.Key,
            step.Title,
            Camel(step.Kind.ToString()),
            step.Description,
            application.Content.SavedSteps.Contains(step.Key),
            application.Content.SavedSteps.Contains(step.Key) && !report.Missing.Keys.Any(k => k.StartsWith(step.Key + ".", StringComparison.Ordinal)
                || (step.Kind == StepKind.Qualifications && ItemKeys.IsDocument(k))),
            [.. step.Fields.Select(f => new FieldView(
                f.Key, f.Label, Camel(f.Type.ToString()), f.Required, f.Multiple, f.MaxLength, f.Pattern, f.Min, f.Max,
                f.Choices ?? [], f.AcceptedKinds ?? [], f.AgreementText, f.Help,
                application.Value(step.Key, f.Key),
                report.Missing.ContainsKey(ItemKeys.Field(step.Key, f.Key)),
                FlagOf(ItemKeys.Field(step.Key, f.Key))))])).ToList();
        var requirements = report.Requirements?.Items.Select(i => new RequirementView(
            i.Key, i.Brand, i.Categories, i.State.ToString(), i.Reason, i.Alternatives,
            application.Content.Documents.FirstOrDefault(d => d.RequirementKey == i.Key),
            FlagOf(ItemKeys.Document(i.Key)))).ToList() ?? [];
        var timeline = (await applications.TimelineAsync(application, cancellationToken))
            .Select(t => new TimelineEntry(t.Id, t.Action.ToString(), t.From.ToString(), t.To.ToString(), t.ByUserId, t.AtUtc, t.Reason)).ToList();
        var actions = ApplicationStateMachine.ActionsFrom(application.Status)
            .Where(a => a != ApplicationAction.AutoApprove && forAuditor != ApplicantActions.Contains(a))
            .Select(a => a.ToString()).ToList();
        var limit = (await settings.GetAsync(cancellationToken)).MaxChangeRounds;
        if (application.ChangeRounds >= limit)
        {
            actions.Remove(nameof(ApplicationAction.RequestChanges));
        }

        return new ApplicationView(
            application.Id, application.Mode.ToString(), application.Status.ToString(), application.Version, application.ChangeRounds, limit,
            application.CreatedUtc, application.SubmittedUtc, application.DecidedUtc, application.DecisionReason, application.GradeId, application.MerchantId,
            steps, requirements, application.Content.Uploads, report.Missing, flagged,
            forAuditor ? application.Content.Verdicts : null, timeline, actions);
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
