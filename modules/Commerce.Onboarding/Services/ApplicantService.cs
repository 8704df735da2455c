using Commerce.Events;
using Commerce.Files;
using Commerce.Onboarding.Domain;
using Commerce.Problems;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Onboarding.Services;

/// <summary>The applicant's use cases: start, save a step, save a document, upload a file, submit.</summary>
internal sealed class ApplicantService(
    ApplicationRepository applications,
    SettingsStore settings,
    ApplicationProgress progress,
    StepCatalog catalog,
    Invitations invitations,
    OnboardingVisibility visibility,
    IServiceProvider services,
    IEventStream events,
    TimeProvider clock)
{
    public const long MaxUploadBytes = 10 * 1024 * 1024;

    public async Task<MerchantApplication> StartAsync(string userId, string? invitationToken, CancellationToken cancellationToken)
    {
        if (await applications.LatestOfAsync(userId, cancellationToken) is { } existing && !ApplicationStateMachine.IsFinal(existing.Status))
        {
            throw new ApplicationRuleException(OnboardingProblemCodes.ApplicationExists, $"You already have an application in progress ({existing.Id}).");
        }

        var invitation = invitationToken is null ? null : await invitations.FindUsableAsync(invitationToken, cancellationToken)
            ?? throw new ApplicationRuleException(OnboardingProblemCodes.InvalidInvitation, "The invitation is unknown, used or expired.", kind: RefusalKind.Invalid);
        if (invitation is null && !visibility.AcceptsNewApplicants)
        {
            throw new ApplicationRuleException(OnboardingProblemCodes.OnboardingClosed, "The marketplace is not taking new applications at the moment.", kind: RefusalKind.Forbidden);
        }

        var mode = (await settings.GetAsync(cancellationToken)).Mode;
        var application = MerchantApplication.Start(Guid.CreateVersion7(clock.GetUtcNow()), userId, mode, clock.GetUtcNow(), invitation?.Id);
        await applications.SaveAsync(application, (invitation?.CompanyName, null, null), cancellationToken);
        if (invitation is not null)
        {
            await invitations.MarkUsedAsync(invitation, application.Id, cancellationToken);
        }

        return application;
    }

    public async Task<MerchantApplication> OwnAsync(string userId, Guid id, CancellationToken cancellationToken)
        => await applications.FindAsync(id, cancellationToken) is { } application && application.ApplicantUserId == userId
            ? application
            : throw new ApplicationNotFoundException();

    /// <summary>Validates and stores one step's fields; nothing is stored when a value is refused.</summary>
    public async Task<MerchantApplication> SaveStepAsync(string userId, Guid id, string stepKey, IReadOnlyDictionary<string, IReadOnlyList<string>> values, int version, CancellationToken cancellationToken)
    {
        var application = await LoadForChangeAsync(userId, id, version, cancellationToken);
        var steps = await catalog.StepsForAsync(application.Mode, cancellationToken);
        var step = steps.FirstOrDefault(s => s.Key == stepKey && s.Kind == StepKind.Form)
            ?? throw Invalid("step", $"There is no form step '{stepKey}'.");
        var errors = new Dictionary<string, string[]>();
        foreach (var (key, value) in values)
        {
            var field = step.Fields.FirstOrDefault(f => f.Key == key);
            var error = field is null ? "There is no such field in this step." : FieldRules.Validate(field, value, application.Upload);
            if (error is not null)
            {
                errors[$"values.{key}"] = [error];
            }
        }

        if (errors.Count > 0)
        {
            throw new ApplicationRuleException(ApplicationRules.Validation, "Some values were refused.", errors);
        }

        var trimmed = values.ToDictionary(v => v.Key, v => (IReadOnlyList<string>)[.. v.Value.Select(x => x.Trim()).Where(x => x.Length > 0)]);
        application.SaveFields(stepKey, trimmed, clock.GetUtcNow());
        await SaveAsync(application, steps, cancellationToken);
        return application;
    }

    /// <summary>Stores the document for one requirement of the application's requirement set, checked against its document type.</summary>
    public async Task<MerchantApplication> SaveDocumentAsync(string userId, Guid id, DocumentEntry document, int version, CancellationToken cancellationToken)
    {
        var application = await LoadForChangeAsync(userId, id, version, cancellationToken);
        var report = await progress.ReportAsync(application, cancellationToken);
        var step = report.Steps.FirstOrDefault(s => s.Kind == StepKind.Qualifications);
        if (step is null || catalog.Qualifications is not { } evaluator || report.Requirements is null)
        {
            throw Invalid("requirementKey", "This application asks for no qualification documents.");
        }

        var requirement = report.Requirements.Items.FirstOrDefault(i => i.Key == document.RequirementKey)
            ?? throw Invalid("requirementKey", "The requirement set for what you chose has no such requirement.");
        var type = requirement.Alternatives.FirstOrDefault(a => a.Code == document.DocumentType)
            ?? throw Invalid("documentType", $"Provide one of: {string.Join(", ", requirement.Alternatives.Select(a => a.Code))}.");
        document = document with { Brand = requirement.Brand };
        var errors = DocumentRules.Check(document, type, application.Upload);
        if (errors.Count == 0)
        {
            var details = ApplicationProgress.ToDetails(application, document);
            foreach (var (key, messages) in await evaluator.ValidateAsync(details, cancellationToken))
            {
                errors[key] = [.. messages];
            }
        }

        if (errors.Count > 0)
        {
            throw new ApplicationRuleException(ApplicationRules.Validation, "The document was refused.", errors);
        }

        application.SaveDocument(document, step.Key, clock.GetUtcNow());
        await SaveAsync(application, report.Steps, cancellationToken);
        return application;
    }

    /// <summary>Stores an uploaded file by its content's hash and records it on the application; its kind comes from its bytes.</summary>
    public async Task<(MerchantApplication Application, UploadedFile File)> UploadAsync(string userId, Guid id, Stream content, string? fileName, CancellationToken cancellationToken)
    {
        var application = await OwnAsync(userId, id, cancellationToken);
        if (!ApplicationStateMachine.IsEditable(application.Status))
        {
            throw new ApplicationRuleException(ApplicationRules.NotEditable, $"An application that is {application.Status} cannot be changed.");
        }

        var head = new byte[FileKinds.SignatureLength];
        var read = await content.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        var kind = FileKinds.Detect(head.AsSpan(0, read));
        if (kind == FileKind.Unknown)
        {
            throw Invalid("file", "Upload a PDF, JPEG, PNG or WebP file.");
        }

        content.Position = 0;
        StoredFile stored;
        try
        {
            stored = await services.GetRequiredService<IFileStore>().SaveAsync(content, MaxUploadBytes, cancellationToken);
        }
        catch (FileTooLargeException)
        {
            throw Invalid("file", $"At most {MaxUploadBytes / 1024 / 1024} MB.");
        }

        var upload = new UploadedFile(stored.Sha256, stored.Kind.ToString().ToLowerInvariant(), stored.Length, SafeName(fileName), clock.GetUtcNow());
        application.AddUpload(upload, clock.GetUtcNow());
        await SaveAsync(application, await catalog.StepsForAsync(application.Mode, cancellationToken), cancellationToken);
        return (application, application.Upload(upload.Sha256)!);
    }

    public async Task<MerchantApplication> SubmitAsync(string userId, Guid id, int version, CancellationToken cancellationToken)
    {
        var application = await LoadForChangeAsync(userId, id, version, cancellationToken);
        var report = await progress.ReportAsync(application, cancellationToken);
        var now = clock.GetUtcNow();
        application.Submit(userId, now, report.Missing);
        var current = await settings.GetAsync(cancellationToken);
        if (application.Mode == ApplicationMode.Quick && current.AutoApproveIndividuals && report.Profile.IsIndividual && application.ChangeRounds == 0)
        {
            application.AutoApprove(now, "Individual seller approved automatically.");
        }

        await SaveAsync(application, report.Steps, cancellationToken);
        await ApprovalCompletion.WaitForApprovalAsync(events, application, cancellationToken);
        return await applications.RefreshedAsync(application, cancellationToken);
    }

    private async Task<MerchantApplication> LoadForChangeAsync(string userId, Guid id, int version, CancellationToken cancellationToken)
    {
        var application = await OwnAsync(userId, id, cancellationToken);
        return application.Version == version ? application : throw new ApplicationConflictException(id);
    }

    private async Task SaveAsync(MerchantApplication application, IReadOnlyList<StepDefinition> steps, CancellationToken cancellationToken)
    {
        var profile = ApplicationProfile.Read(application, steps);
        var industry = await catalog.IndustryOfAsync(profile.Categories, cancellationToken);
        await applications.SaveAsync(application, (profile.DisplayName, industry, profile.Value(ProfileBindings.Region)), cancellationToken);
    }

    private static ApplicationRuleException Invalid(string field, string message)
        => new(ApplicationRules.Validation, message, new Dictionary<string, string[]> { [field] = [message] });

    private static string? SafeName(string? fileName)
    {
        var name = Path.GetFileName(fileName ?? "");
        name = new string([.. name.Where(c => !char.IsControl(c))]);
        return name.Length == 0 ? null : name[..Math.Min(name.Length, 200)];
    }
}
