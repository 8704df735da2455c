namespace Commerce.Onboarding.Domain;

/// <summary>
/// Which transitions exist. Everything else is refused: approved and rejected are final, only a submitted
/// application can be taken into review, and only one under review can be decided.
/// </summary>
internal static class ApplicationStateMachine
{
    private static readonly Dictionary<(ApplicationStatus From, ApplicationAction Action), ApplicationStatus> Transitions = new()
    {
        [(ApplicationStatus.Draft, ApplicationAction.Submit)] = ApplicationStatus.Submitted,
        [(ApplicationStatus.ChangesRequested, ApplicationAction.Submit)] = ApplicationStatus.Submitted,
        [(ApplicationStatus.Submitted, ApplicationAction.StartReview)] = ApplicationStatus.UnderReview,
        [(ApplicationStatus.Submitted, ApplicationAction.AutoApprove)] = ApplicationStatus.Approved,
        [(ApplicationStatus.UnderReview, ApplicationAction.RequestChanges)] = ApplicationStatus.ChangesRequested,
        [(ApplicationStatus.UnderReview, ApplicationAction.Approve)] = ApplicationStatus.Approved,
        [(ApplicationStatus.UnderReview, ApplicationAction.Reject)] = ApplicationStatus.Rejected,
    };

    /// <summary>The status <paramref name="action"/> leads to from <paramref name="from"/>, or null when it is not allowed.</summary>
    public static ApplicationStatus? Next(ApplicationStatus from, ApplicationAction action)
        => Transitions.TryGetValue((from, action), out var to) ? to : null;

    /// <summary>The actions allowed from <paramref name="from"/>, for clients that show only what can be done.</summary>
    public static IReadOnlyList<ApplicationAction> ActionsFrom(ApplicationStatus from)
        => [.. Transitions.Keys.Where(k => k.From == from).Select(k => k.Action)];

    public static bool IsFinal(ApplicationStatus status) => status is ApplicationStatus.Approved or ApplicationStatus.Rejected;

    /// <summary>Statuses in which the applicant may change what it entered (all of it in a draft, flagged items only after a request for changes).</summary>
    public static bool IsEditable(ApplicationStatus status) => status is ApplicationStatus.Draft or ApplicationStatus.ChangesRequested;
}
