using Commerce.Onboarding.Domain;
using Commerce.Qualifications;

namespace Commerce.Onboarding.Api;

/// <summary>An application as its applicant (or an auditor) sees it: steps with values, owed documents, what is missing, the timeline.</summary>
/// <param name="Status">Draft, Submitted, UnderReview, ChangesRequested, Approved or Rejected.</param>
/// <param name="Version">Send it back with every change; a change based on an older version answers 409.</param>
/// <param name="Missing">Item key → why it is missing; empty when the application can be submitted.</param>
/// <param name="Flagged">After a request for changes: the items to fix and why. Nothing else can be changed.</param>
/// <param name="Verdicts">Every verdict of every round; auditors only.</param>
/// <param name="Actions">What the caller can do now (Submit, StartReview, RequestChanges, Approve, Reject).</param>
internal sealed record ApplicationView(
    Guid Id,
    string Mode,
    string Status,
    int Version,
    int ChangeRounds,
    int MaxChangeRounds,
    DateTimeOffset CreatedUtc,
    DateTimeOffset? SubmittedUtc,
    DateTimeOffset? DecidedUtc,
    string? DecisionReason,
    string? GradeId,
    Guid? MerchantId,
    IReadOnlyList<StepView> Steps,
    IReadOnlyList<RequirementView> Requirements,
    IReadOnlyList<UploadedFile> Uploads,
    IReadOnlyDictionary<string, string[]> Missing,
    IReadOnlyList<ItemVerdict> Flagged,
    IReadOnlyList<ItemVerdict>? Verdicts,
    IReadOnlyList<TimelineEntry> Timeline,
    IReadOnlyList<string> Actions);

/// <summary>A step and how far the applicant got with it.</summary>
/// <param name="Kind">form, qualifications or review.</param>
/// <param name="Complete">Saved at least once with nothing missing.</param>
internal sealed record StepView(string Key, string Title, string Kind, string? Description, bool Saved, bool Complete, IReadOnlyList<FieldView> Fields);

/// <summary>A field's definition and the applicant's values.</summary>
/// <param name="Type">text, number, date, choice, file or agreement.</param>
/// <param name="Flagged">The auditors' reason when this field must be fixed, else null.</param>
internal sealed record FieldView(
    string Key,
    string Label,
    string Type,
    bool Required,
    bool Multiple,
    int? MaxLength,
    string? Pattern,
    decimal? Min,
    decimal? Max,
    IReadOnlyList<FieldChoice> Choices,
    IReadOnlyList<string> AcceptedKinds,
    string? AgreementText,
    string? Help,
    IReadOnlyList<string> Values,
    bool Missing,
    string? Flagged);

/// <summary>A document the requirement set asks for, with what the applicant entered for it.</summary>
internal sealed record RequirementView(
    string Key,
    string? Brand,
    IReadOnlyList<string> Categories,
    string State,
    string Reason,
    IReadOnlyList<DocumentTypeInfo> Alternatives,
    DocumentEntry? Document,
    string? Flagged);

/// <summary>One transition on the timeline: who, when, from, to, why.</summary>
internal sealed record TimelineEntry(Guid Id, string Action, string From, string To, string ByUserId, DateTimeOffset AtUtc, string? Reason);

/// <summary>Starts an application.</summary>
/// <param name="Invitation">The token of an invitation link, to apply while the marketplace takes no open applications.</param>
internal sealed record StartApplicationInput(string? Invitation);

/// <summary>A step's values: field key → a string, number, boolean, or an array of them; null clears a field.</summary>
internal sealed record SaveStepInput(int? Version, Dictionary<string, System.Text.Json.JsonElement>? Values);

/// <summary>A qualification document for one requirement.</summary>
/// <param name="Files">SHA-256 keys returned by the upload endpoint.</param>
internal sealed record SaveDocumentInput(int? Version, string? DocumentType, string? Number, DateOnly? IssuedOn, DateOnly? ExpiresOn, string? IssuingAuthority, List<string>? Files);

/// <summary>Names the version the caller last read.</summary>
internal sealed record VersionInput(int? Version);

/// <summary>A stored upload.</summary>
/// <param name="Version">The application's version after the upload.</param>
internal sealed record UploadView(string Sha256, string Kind, long Length, string? FileName, int Version);
