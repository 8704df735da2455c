namespace Commerce.Onboarding.Domain;

/// <summary>
/// An application to become a merchant: what the applicant entered, where it stands, and the rules for moving
/// it. Every status change goes through <see cref="ApplicationStateMachine"/> and is returned as a
/// <see cref="StateTransition"/> (also collected in <see cref="NewTransitions"/>) for the caller to record.
/// </summary>
internal sealed class MerchantApplication
{
    /// <summary>The actor of transitions the platform makes itself (automatic approval).</summary>
    public const string SystemActor = "system";

    public const int ReasonMaxLength = 1000;

    private readonly List<StateTransition> _newTransitions = [];

    public required Guid Id { get; init; }

    public required string ApplicantUserId { get; init; }

    public required ApplicationMode Mode { get; init; }

    public ApplicationStatus Status { get; private set; } = ApplicationStatus.Draft;

    /// <summary>How many times auditors requested changes; the tenant limits it.</summary>
    public int ChangeRounds { get; private set; }

    /// <summary>Bumped by every saved change; a save based on an older version is refused (optimistic concurrency).</summary>
    public int Version { get; set; }

    public DateTimeOffset CreatedUtc { get; init; }

    public DateTimeOffset UpdatedUtc { get; private set; }

    /// <summary>When it was last submitted: the start of the wait the audit queue shows.</summary>
    public DateTimeOffset? SubmittedUtc { get; private set; }

    public DateTimeOffset? DecidedUtc { get; private set; }

    /// <summary>The invitation it was started from, when the tenant invited the company.</summary>
    public Guid? InvitationId { get; init; }

    /// <summary>The grade the approving auditor chose (null: the registry's default grade).</summary>
    public string? GradeId { get; private set; }

    /// <summary>The merchant created from it, once the registry has it.</summary>
    public Guid? MerchantId { get; set; }

    /// <summary>The reason given with the last request for changes, approval or rejection.</summary>
    public string? DecisionReason { get; private set; }

    public ApplicationContent Content { get; init; } = new();

    /// <summary>Transitions made on this instance and not yet recorded.</summary>
    public IReadOnlyList<StateTransition> NewTransitions => _newTransitions;

    /// <summary>Called once <see cref="NewTransitions"/> are stored with the application.</summary>
    public void MarkTransitionsRecorded() => _newTransitions.Clear();

    /// <summary>The review round verdicts are given in now: 0 for the first submission, then one more per resubmission.</summary>
    public int ReviewRound => ChangeRounds;

    public static MerchantApplication Start(Guid id, string applicantUserId, ApplicationMode mode, DateTimeOffset now, Guid? invitationId = null)
        => new() { Id = id, ApplicantUserId = applicantUserId, Mode = mode, CreatedUtc = now, UpdatedUtc = now, InvitationId = invitationId };

    /// <summary>Rebuilds a stored application as it was.</summary>
    public static MerchantApplication Restore(
        Guid id, string applicantUserId, ApplicationMode mode, ApplicationStatus status, int changeRounds, int version,
        DateTimeOffset createdUtc, DateTimeOffset updatedUtc, DateTimeOffset? submittedUtc, DateTimeOffset? decidedUtc,
        Guid? invitationId, string? gradeId, Guid? merchantId, string? decisionReason, ApplicationContent content)
        => new()
        {
            Id = id, ApplicantUserId = applicantUserId, Mode = mode, Status = status, ChangeRounds = changeRounds, Version = version,
            CreatedUtc = createdUtc, UpdatedUtc = updatedUtc, SubmittedUtc = submittedUtc, DecidedUtc = decidedUtc,
            InvitationId = invitationId, GradeId = gradeId, MerchantId = merchantId, DecisionReason = decisionReason, Content = content,
        };

    /// <summary>Items the auditors rejected in the round that sent the application back: the only ones the applicant may change now.</summary>
    public IReadOnlyList<ItemVerdict> FlaggedItems => Status == ApplicationStatus.ChangesRequested
        ? [.. CurrentVerdicts(ChangeRounds - 1).Where(v => !v.Accepted)]
        : [];

    /// <summary>The latest verdict per item in <paramref name="round"/>.</summary>
    public IReadOnlyList<ItemVerdict> CurrentVerdicts(int round)
        => [.. Content.Verdicts.Where(v => v.Round == round)];

    /// <summary>The last verdict ever given on an item, whatever the round, or null.</summary>
    public ItemVerdict? LastVerdict(string itemKey) => Content.Verdicts.LastOrDefault(v => v.ItemKey == itemKey);

    public IReadOnlyList<string> Value(string step, string field)
        => Content.Values.TryGetValue(step, out var fields) && fields.TryGetValue(field, out var values) ? values : [];

    /// <summary>
    /// Replaces the given fields of a step (fields not given keep their values). In a draft anything can change;
    /// after a request for changes only flagged fields, and only when the value really differs from the stored one
    /// or was flagged.
    /// </summary>
    public void SaveFields(string step, IReadOnlyDictionary<string, IReadOnlyList<string>> values, DateTimeOffset now)
    {
        foreach (var field in values.Keys)
        {
            EnsureEditable(ItemKeys.Field(step, field), Value(step, field), values[field]);
        }

        if (!Content.Values.TryGetValue(step, out var stored))
        {
            stored = [];
            Content.Values[step] = stored;
        }

        foreach (var (field, value) in values)
        {
            if (value.Count == 0)
            {
                stored.Remove(field);
            }
            else
            {
                stored[field] = [.. value];
            }
        }

        MarkSaved(step, now);
    }

    /// <summary>Adds or replaces the document for its requirement; after a request for changes only a flagged one.</summary>
    public void SaveDocument(DocumentEntry document, string step, DateTimeOffset now)
    {
        var existing = Content.Documents.FindIndex(d => d.RequirementKey == document.RequirementKey);
        if (Status == ApplicationStatus.ChangesRequested && !FlaggedItems.Any(v => v.ItemKey == document.ItemKey))
        {
            throw NotFlagged(document.ItemKey);
        }

        EnsureEditable();
        if (existing >= 0)
        {
            Content.Documents[existing] = document;
        }
        else
        {
            Content.Documents.Add(document);
        }

        MarkSaved(step, now);
    }

    /// <summary>Records a file uploaded for this application; uploading the same bytes twice keeps one entry.</summary>
    public void AddUpload(UploadedFile file, DateTimeOffset now)
    {
        EnsureEditable();
        if (!Content.Uploads.Any(u => u.Sha256 == file.Sha256))
        {
            Content.Uploads.Add(file);
        }

        UpdatedUtc = now;
    }

    public UploadedFile? Upload(string sha256) => Content.Uploads.FirstOrDefault(u => u.Sha256 == sha256);

    /// <summary>Submits (or resubmits) the application. <paramref name="missing"/> is what is still missing, keyed by item; it must be empty.</summary>
    public StateTransition Submit(string byUserId, DateTimeOffset now, IReadOnlyDictionary<string, string[]> missing)
    {
        var to = Allowed(ApplicationAction.Submit);
        if (missing.Count > 0)
        {
            throw new ApplicationRuleException(ApplicationRules.Incomplete, "Required fields or documents are still missing.", missing);
        }

        SubmittedUtc = now;
        return Move(ApplicationAction.Submit, to, byUserId, now, null);
    }

    public StateTransition StartReview(string auditorUserId, DateTimeOffset now)
        => Move(ApplicationAction.StartReview, Allowed(ApplicationAction.StartReview), auditorUserId, now, null);

    /// <summary>Judges one item in the current review round; a later verdict on the same item replaces the earlier one.</summary>
    public void RecordVerdict(string itemKey, bool accepted, string? reason, string auditorUserId, DateTimeOffset now)
    {
        if (Status != ApplicationStatus.UnderReview)
        {
            throw new ApplicationRuleException(ApplicationRules.InvalidTransition, $"Verdicts are given while the application is under review; it is {Status}.");
        }

        reason = Reason(reason, required: !accepted, "A rejected item needs a reason.");
        Content.Verdicts.RemoveAll(v => v.ItemKey == itemKey && v.Round == ReviewRound);
        Content.Verdicts.Add(new ItemVerdict(itemKey, accepted, reason, auditorUserId, now, ReviewRound));
        UpdatedUtc = now;
    }

    /// <summary>
    /// Sends the application back with the items rejected in this round. Refused without a rejected item, and once
    /// <paramref name="maxRounds"/> requests were made (the auditor must then approve or reject).
    /// </summary>
    public StateTransition RequestChanges(string auditorUserId, DateTimeOffset now, string? reason, int maxRounds)
    {
        var to = Allowed(ApplicationAction.RequestChanges);
        if (ChangeRounds >= maxRounds)
        {
            throw new ApplicationRuleException(ApplicationRules.RoundsExhausted, $"Changes were already requested {ChangeRounds} time(s), the limit is {maxRounds}: approve or reject the application.");
        }

        if (!CurrentVerdicts(ReviewRound).Any(v => !v.Accepted))
        {
            throw new ApplicationRuleException(ApplicationRules.ReasonRequired, "Reject at least one field or document, with its reason, before requesting changes.");
        }

        var why = Reason(reason, required: false, "");
        ChangeRounds++;
        DecisionReason = why;
        return Move(ApplicationAction.RequestChanges, to, auditorUserId, now, why);
    }

    /// <summary>Approves the application; refused while an item of this round stands rejected.</summary>
    public StateTransition Approve(string auditorUserId, DateTimeOffset now, string? gradeId, string? reason)
    {
        var to = Allowed(ApplicationAction.Approve);
        var rejected = CurrentVerdicts(ReviewRound).Where(v => !v.Accepted).Select(v => v.ItemKey).ToArray();
        if (rejected.Length > 0)
        {
            throw new ApplicationRuleException(ApplicationRules.InvalidTransition, "Rejected items stand: request changes or reject the application.",
                rejected.ToDictionary(k => k, _ => new[] { "This item is rejected." }));
        }

        var why = Reason(reason, required: false, "");
        GradeId = gradeId;
        DecidedUtc = now;
        DecisionReason = why;
        return Move(ApplicationAction.Approve, to, auditorUserId, now, why);
    }

    public StateTransition Reject(string auditorUserId, DateTimeOffset now, string? reason)
    {
        var to = Allowed(ApplicationAction.Reject);
        var why = Reason(reason, required: true, "A rejection needs a reason.");
        DecidedUtc = now;
        DecisionReason = why;
        return Move(ApplicationAction.Reject, to, auditorUserId, now, why);
    }

    /// <summary>The platform's own approval of a submitted quick application from an individual seller.</summary>
    public StateTransition AutoApprove(DateTimeOffset now, string reason)
    {
        var to = Allowed(ApplicationAction.AutoApprove);
        DecidedUtc = now;
        DecisionReason = reason;
        return Move(ApplicationAction.AutoApprove, to, SystemActor, now, reason);
    }

    private ApplicationStatus Allowed(ApplicationAction action)
        => ApplicationStateMachine.Next(Status, action)
            ?? throw new ApplicationRuleException(ApplicationRules.InvalidTransition, $"An application that is {Status} cannot take the action {action}.");

    private StateTransition Move(ApplicationAction action, ApplicationStatus to, string byUserId, DateTimeOffset now, string? reason)
    {
        var transition = new StateTransition(Guid.CreateVersion7(now), Id, action, Status, to, byUserId, now, reason);
        Status = to;
        UpdatedUtc = now;
        _newTransitions.Add(transition);
        return transition;
    }

    private void EnsureEditable(string itemKey, IReadOnlyList<string> current, IReadOnlyList<string> proposed)
    {
        EnsureEditable();
        if (Status == ApplicationStatus.ChangesRequested && !FlaggedItems.Any(v => v.ItemKey == itemKey) && !current.SequenceEqual(proposed))
        {
            throw NotFlagged(itemKey);
        }
    }

    private void EnsureEditable()
    {
        if (!ApplicationStateMachine.IsEditable(Status))
        {
            throw new ApplicationRuleException(ApplicationRules.NotEditable, $"An application that is {Status} cannot be changed.");
        }
    }

    private static ApplicationRuleException NotFlagged(string itemKey)
        => new(ApplicationRules.NotEditable, "Only the items the auditors flagged can be changed.", new Dictionary<string, string[]> { [itemKey] = ["This item was not flagged for changes."] });

    private static string? Reason(string? reason, bool required, string requiredMessage)
    {
        var trimmed = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (trimmed is null && required)
        {
            throw new ApplicationRuleException(ApplicationRules.ReasonRequired, requiredMessage, new Dictionary<string, string[]> { ["reason"] = [requiredMessage] });
        }

        if (trimmed is { Length: > ReasonMaxLength })
        {
            throw new ApplicationRuleException(ApplicationRules.Validation, $"A reason has at most {ReasonMaxLength} characters.", new Dictionary<string, string[]> { ["reason"] = [$"At most {ReasonMaxLength} characters."] });
        }

        return trimmed;
    }

    private void MarkSaved(string step, DateTimeOffset now)
    {
        if (!Content.SavedSteps.Contains(step))
        {
            Content.SavedSteps.Add(step);
        }

        UpdatedUtc = now;
    }
}
