namespace Commerce.Onboarding.Domain;

/// <summary>Where an application stands; the applicant's progress timeline shows these in order.</summary>
internal enum ApplicationStatus
{
    Draft,
    Submitted,
    UnderReview,
    ChangesRequested,
    Approved,
    Rejected,
}
