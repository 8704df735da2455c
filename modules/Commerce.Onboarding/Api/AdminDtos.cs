namespace Commerce.Onboarding.Api;

/// <summary>The tenant's onboarding settings.</summary>
/// <param name="Mode">Guided or Quick: the mode new applications start in.</param>
/// <param name="Version">Send back the version read; 409 when someone saved in between.</param>
internal sealed record SettingsView(string Mode, int MaxChangeRounds, bool AutoApproveIndividuals, int Version);

internal sealed record SettingsInput(string? Mode, int? MaxChangeRounds, bool? AutoApproveIndividuals, int? Version);

/// <summary>The guided steps, in order.</summary>
internal sealed record StepsView(IReadOnlyList<StepInput> Steps, int Version);

internal sealed record StepsInput(List<StepInput>? Steps, int? Version);

/// <summary>A step definition. <c>kind</c>: form, qualifications or review.</summary>
internal sealed record StepInput(string? Key, string? Title, string? Kind, string? Description, List<FieldInput>? Fields);

/// <summary>A field definition. <c>type</c>: text, number, date, choice, file or agreement.</summary>
internal sealed record FieldInput(
    string? Key,
    string? Label,
    string? Type,
    bool? Required,
    int? MinLength,
    int? MaxLength,
    string? Pattern,
    decimal? Min,
    decimal? Max,
    List<Domain.FieldChoice>? Choices,
    bool? Multiple,
    List<string>? AcceptedKinds,
    string? AgreementText,
    string? Binding,
    string? Help);

/// <summary>A new invitation for one company.</summary>
internal sealed record InvitationInput(string? CompanyName, string? Email, int? ExpiresInDays);

/// <summary>An invitation; <see cref="Link"/> (with its token) is shown only when it is created.</summary>
internal sealed record InvitationView(Guid Id, string CompanyName, string? Email, DateTimeOffset CreatedUtc, DateTimeOffset ExpiresUtc, Guid? ApplicationId, string? Link);
