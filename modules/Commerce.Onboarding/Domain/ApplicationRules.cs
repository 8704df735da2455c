namespace Commerce.Onboarding.Domain;

/// <summary>Stable codes of the rules an application enforces.</summary>
internal static class ApplicationRules
{
    /// <summary>The action is not allowed from the application's status.</summary>
    public const string InvalidTransition = "invalid-transition";

    /// <summary>The application cannot be edited in its status, or the item was not flagged for changes.</summary>
    public const string NotEditable = "not-editable";

    /// <summary>Submission with required fields or documents still missing.</summary>
    public const string Incomplete = "incomplete";

    /// <summary>The tenant's limit of change rounds is reached: approve or reject.</summary>
    public const string RoundsExhausted = "rounds-exhausted";

    /// <summary>A request for changes without any rejected item, or a rejection without a reason.</summary>
    public const string ReasonRequired = "reason-required";

    /// <summary>A value breaks its field's validation.</summary>
    public const string Validation = "validation";
}
