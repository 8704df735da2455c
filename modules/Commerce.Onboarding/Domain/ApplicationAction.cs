namespace Commerce.Onboarding.Domain;

/// <summary>What moves an application from one status to another.</summary>
internal enum ApplicationAction
{
    /// <summary>The applicant submits a draft, or resubmits after changes were requested.</summary>
    Submit,

    /// <summary>An auditor takes a submitted application into review.</summary>
    StartReview,

    /// <summary>An auditor sends flagged items back to the applicant.</summary>
    RequestChanges,

    Approve,

    Reject,

    /// <summary>The platform approves a quick individual application on submission, when the tenant allows it.</summary>
    AutoApprove,
}
